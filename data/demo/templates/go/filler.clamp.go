
// {{FnPascal}} scales value and keeps it within [0, {{limit}}].
func {{FnPascal}}(value int64) int64 {
	if value < 0 {
		return 0
	}
	if value*{{factor}} > {{limit}} {
		return {{limit}}
	}
	return value * {{factor}}
}
