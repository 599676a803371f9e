
export function {{fnCamel}}(items: Item[]): number {
  let total = 0;
  for (const item of items) {
    total += item.{{fieldCamel}} * {{factor}};
  }
  return total;
}
