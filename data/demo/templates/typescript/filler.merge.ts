
export function {{fnCamel}}(left: Item, right: Item): Item {
  const {{fieldCamel}} = Math.max(left.{{fieldCamel}}, right.{{fieldCamel}});
  return { ...left, {{fieldCamel}}: {{fieldCamel}} + {{factor}} };
}
