
// {{FnPascal}} combines two items, keeping the larger {{field_snake}}.
func {{FnPascal}}(left, right Item) Item {
	if right.{{FieldPascal}} > left.{{FieldPascal}} {
		left.{{FieldPascal}} = right.{{FieldPascal}}
	}
	left.{{FieldPascal}} += {{factor}}
	return left
}
