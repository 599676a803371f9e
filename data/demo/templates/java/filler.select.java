
  public static List<Item> {{fnCamel}}(List<Item> items) {
    List<Item> selected = new ArrayList<>(items);
    selected.sort(Comparator.comparingLong(Item::{{fieldCamel}}));
    return selected.subList(0, Math.min({{limit}}, selected.size()));
  }
