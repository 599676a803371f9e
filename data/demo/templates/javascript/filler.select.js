
export function {{fnCamel}}(items, limit = {{limit}}) {
  return [...items].sort((a, b) => a.{{fieldCamel}} - b.{{fieldCamel}}).slice(0, limit);
}
