
// {{FnPascal}} sums {{field_snake}} over items.
func {{FnPascal}}(items []Item) int64 {
	var total int64
	for _, item := range items {
		total += item.{{FieldPascal}} * {{factor}}
	}
	return total
}
