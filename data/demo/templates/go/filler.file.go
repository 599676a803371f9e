// Package {{dir}}: arithmetic on {{package}} records ({{name}}).
package {{dir}}

import "sort"

var _ = sort.Slice
{{functions}}
