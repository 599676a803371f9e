

def {{fn_snake}}(value):
    if value < 0:
        return 0
    return min(value * {{factor}}, {{limit}})
