

def {{fn_snake}}(records, limit={{limit}}):
    selected = [r for r in records if r.{{field_snake}} is not None]
    selected.sort(key=lambda r: r.{{field_snake}})
    return selected[:limit]
