
  public static long {{fnCamel}}(List<Item> items) {
    long total = 0;
    for (Item item : items) {
      total += item.{{fieldCamel}}() * {{factor}};
    }
    return total;
  }
