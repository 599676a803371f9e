
export function {{fnCamel}}(left, right) {
  const {{fieldCamel}} = Math.max(left.{{fieldCamel}}, right.{{fieldCamel}});
  return { ...left, {{fieldCamel}}: {{fieldCamel}} + {{factor}} };
}
