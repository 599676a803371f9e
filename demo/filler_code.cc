// Filler names: a verb and a field make a function ("total" + "amount", else
// "rank" + "margin" + "by" + "fee"), a vocabulary word (else a field and a word) makes a file;
// only when those run out does a name get a numeric suffix, so names stay unique.
#include "demo/filler_code.h"

namespace faultline::demo {

std::vector<std::string> FillerCode::file_words(DemoRandom& random) {
  const auto& files = m_vocabulary->files;
  const auto& fields = m_vocabulary->fields;
  for (int attempt = 0; attempt < 32; ++attempt) {
    std::vector<std::string> words = {files[random.below(files.size())]};
    if (attempt >= 4) words.insert(words.begin(), fields[random.below(fields.size())]);
    if (m_file_names.insert(snake_case(words)).second) return words;
  }
  std::vector<std::string> words = {files[random.below(files.size())], std::to_string(++m_suffix)};
  m_file_names.insert(snake_case(words));
  return words;
}

FillerFunction FillerCode::new_function(DemoRandom& random) {
  const auto& verbs = m_vocabulary->verbs;
  const auto& fields = m_vocabulary->fields;
  FillerFunction function;
  function.template_index = random.below(m_templates->filler.functions.size());
  function.field = {fields[random.below(fields.size())]};
  function.name = {verbs[random.below(verbs.size())], function.field.front()};
  for (int attempt = 0; !m_function_names.insert(snake_case(function.name)).second; ++attempt) {
    if (attempt < 16)
      function.name = {verbs[random.below(verbs.size())], function.field.front()};
    else if (attempt < 48)
      function.name = {verbs[random.below(verbs.size())], function.field.front(), "by",
                       fields[random.below(fields.size())]};
    else
      function.name = {verbs[random.below(verbs.size())], function.field.front(), std::to_string(++m_suffix)};
  }
  function.factor = static_cast<int>(random.between(2, 9));
  function.limit = static_cast<int>(random.between(2, 40)) * 25;
  return function;
}

FillerFile FillerCode::new_file(DemoRandom& random, int functions) {
  FillerFile file;
  file.dir = m_vocabulary->dirs[random.below(m_vocabulary->dirs.size())];
  file.name = file_words(random);
  for (int i = 0; i < functions; ++i) file.functions.push_back(new_function(random));
  return file;
}

void FillerCode::move(FillerFile& file, DemoRandom& random) {
  file.name = file_words(random);
  if (random.chance(0.4)) file.dir = m_vocabulary->dirs[random.below(m_vocabulary->dirs.size())];
}

Result<std::string> FillerCode::path(const FillerFile& file) const {
  Variables vars = m_service_vars;
  vars["dir"] = file.dir;
  vars["name"] = snake_case(file.name);
  vars["Name"] = pascal_case(file.name);
  return render_template(m_templates->filler.path, vars, m_templates->language + " filler path");
}

Result<std::string> FillerCode::render(const FillerFile& file) const {
  Variables vars = m_service_vars;
  vars["dir"] = file.dir;
  vars["name"] = snake_case(file.name);
  vars["Name"] = pascal_case(file.name);
  std::string functions;
  for (const FillerFunction& function : file.functions) {
    Variables fn = vars;
    fn["fn_snake"] = snake_case(function.name);
    fn["fnCamel"] = camel_case(function.name);
    fn["FnPascal"] = pascal_case(function.name);
    fn["field_snake"] = snake_case(function.field);
    fn["fieldCamel"] = camel_case(function.field);
    fn["FieldPascal"] = pascal_case(function.field);
    fn["factor"] = std::to_string(function.factor);
    fn["limit"] = std::to_string(function.limit);
    auto text = render_template(m_templates->filler.functions[function.template_index], fn,
                                m_templates->language + " filler function");
    if (!text.ok()) return text.error();
    functions += *text;
  }
  vars["functions"] = functions;
  return render_template(m_templates->filler.file, vars, m_templates->language + " filler file");
}

std::string FillerCode::display(const FillerFunction& function) { return camel_case(function.name); }

}  // namespace faultline::demo
