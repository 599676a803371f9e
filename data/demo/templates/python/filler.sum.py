

def {{fn_snake}}(items):
    total = 0
    for item in items:
        total += item.{{field_snake}} * {{factor}}
    return total
