

def {{fn_snake}}(left, right):
    {{field_snake}} = max(left.{{field_snake}}, right.{{field_snake}})
    return left._replace({{field_snake}}={{field_snake}} + {{factor}})
