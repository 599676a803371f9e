
// {{FnPascal}} keeps the {{limit}} items with the smallest {{field_snake}}.
func {{FnPascal}}(items []Item) []Item {
	selected := append([]Item(nil), items...)
	sort.Slice(selected, func(i, j int) bool { return selected[i].{{FieldPascal}} < selected[j].{{FieldPascal}} })
	if len(selected) > {{limit}} {
		selected = selected[:{{limit}}]
	}
	return selected
}
