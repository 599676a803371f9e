
  public static Item {{fnCamel}}(Item left, Item right) {
    long {{fieldCamel}} = Math.max(left.{{fieldCamel}}(), right.{{fieldCamel}}());
    return left.with{{FieldPascal}}({{fieldCamel}} + {{factor}});
  }
