// The generator keeps one Tree per line of development (main and each open branch): the
// rendered files and the filler files they were rendered from. Every step changes a Tree and
// writes one commit of its files; a merge copies the branch's own paths onto main.
#include "demo/history_generator.h"

#include <set>

#include "demo/filler_code.h"
#include "demo/repo_writer.h"
#include "demo/work_plan.h"

namespace faultline::demo {
namespace {

struct Tree {
  FileMap files;
  std::map<std::string, FillerFile> fillers;  // by path
};

struct Line {
  Tree tree;
  git_oid head{};
  bool started = false;
  std::set<std::string> own_paths;  // paths this branch wrote
  std::string helper_path;          // a filler branch's new file
};

class Generator {
 public:
  Generator(const OrganisationSpec& organisation, const ServiceSpec& service,
            const TemplateLibrary& templates, DemoRandom random, RepoWriter writer)
      : m_org(organisation),
        m_service(service),
        m_templates(templates.language(service.language)),
        m_random(random),
        m_writer(std::move(writer)),
        m_vars(service_variables(service)),
        m_filler(m_templates, templates.vocabulary(), m_vars) {}

  Result<HistorySummary> run() {
    auto plan = plan_work(m_org, m_service, m_random);
    if (!plan.ok()) return plan.error();
    m_plan = std::move(*plan);
    m_branches.resize(m_plan.branches.size());
    HistorySummary summary;
    summary.repo = m_service.repo;
    std::set<int> authors;
    for (const PlannedCommit& commit : m_plan.commits) {
      FL_TRY(apply(commit));
      ++summary.commits;
      if (commit.step == Step::merge) ++summary.merges;
      authors.insert(commit.author);
    }
    summary.renames = m_renames;
    summary.authors = static_cast<int>(authors.size());
    summary.first_time = m_plan.commits.front().time;
    summary.last_time = m_plan.commits.back().time;
    FL_TRY(m_writer.set_branch("main", m_main.head));
    return summary;
  }

 private:
  Status apply(const PlannedCommit& commit) {
    switch (commit.step) {
      case Step::initial:
        return initial(commit);
      case Step::filler_edit:
        return filler_edit(commit);
      case Step::merge:
        return merge(commit);
      default:
        return branch_step(commit);
    }
  }

  CommitSignature who(int author, int64_t time) const {
    return {m_org.authors[author].name, m_org.authors[author].email, time, 0};
  }

  Status write(Line& line, const PlannedCommit& commit, const std::string& message,
               std::vector<git_oid> parents) {
    auto oid = m_writer.commit(line.tree.files, parents, who(commit.author, commit.time),
                               who(commit.author, commit.time), message);
    if (!oid.ok()) return oid.error();
    line.head = *oid;
    return {};
  }

  Status put_filler(Tree& tree, const FillerFile& file) {
    auto path = m_filler.path(file);
    if (!path.ok()) return path.error();
    auto text = m_filler.render(file);
    if (!text.ok()) return text.error();
    tree.files[*path] = *text;
    tree.fillers[*path] = file;
    return {};
  }

  Result<std::string> concept_path(const std::string& concept_id) const {
    auto found = m_templates.concepts.find(concept_id);
    if (found == m_templates.concepts.end())
      return Error(m_service.repo + ": no " + m_service.language + " template for concept " + concept_id);
    return render_template(found->second.path, m_vars, concept_id + " path");
  }

  Status put_variant(Tree& tree, const TimelineEvent& event, std::string* path_out) {
    auto path = concept_path(event.concept_id);
    if (!path.ok()) return path.error();
    const auto& variants = m_templates.concepts.at(event.concept_id).variants;
    auto variant = variants.find(event.variant);
    if (variant == variants.end())
      return Error(m_service.repo + ": no " + m_service.language + " template for " + event.concept_id + "/" +
                   event.variant);
    auto text = render_template(variant->second, m_vars, event.concept_id + "." + event.variant);
    if (!text.ok()) return text.error();
    tree.files[*path] = *text;
    if (path_out) *path_out = *path;
    return {};
  }

  Status initial(const PlannedCommit& commit) {
    for (const SkeletonFile& file : m_templates.skeleton) {
      auto path = render_template(file.path, m_vars, "skeleton path");
      if (!path.ok()) return path.error();
      auto text = render_template(file.text, m_vars, *path);
      if (!text.ok()) return text.error();
      m_main.tree.files[*path] = *text;
    }
    for (const TimelineEvent& event : m_service.timeline)
      if (event.day == 0) FL_TRY(put_variant(m_main.tree, event, nullptr));
    for (int i = 0; i < 3; ++i)
      FL_TRY(put_filler(m_main.tree, m_filler.new_file(m_random, static_cast<int>(m_random.between(2, 3)))));
    return write(m_main, commit, "Initial import of " + m_service.repo, {});
  }

  // Main's own edit: only filler files that main holds (branches' files are not there yet).
  Status filler_edit(const PlannedCommit& commit) {
    Tree& tree = m_main.tree;
    std::vector<std::string> paths;
    for (const auto& [path, file] : tree.fillers) paths.push_back(path);
    const std::string path = paths[m_random.below(paths.size())];
    FillerFile file = tree.fillers.at(path);
    const std::string file_name = snake_case(file.name);
    std::string message;
    const size_t kind = m_random.weighted({0.50, 0.27, 0.08, 0.07, 0.08});
    if (kind == 0) {
      file.functions.push_back(m_filler.new_function(m_random));
      message = "Add " + FillerCode::display(file.functions.back()) + " to " + file_name;
    } else if (kind == 1 || (kind == 4 && file.functions.size() < 3)) {
      FillerFunction& function = file.functions[m_random.below(file.functions.size())];
      const int old_factor = function.factor;
      while (function.factor == old_factor) function.factor = static_cast<int>(m_random.between(2, 9));
      message = "Tune " + FillerCode::display(function) + ": factor " + std::to_string(old_factor) + " -> " +
                std::to_string(function.factor);
    } else if (kind == 2) {
      FillerFile added = m_filler.new_file(m_random, static_cast<int>(m_random.between(1, 2)));
      FL_TRY(put_filler(tree, added));
      return write(m_main, commit, "Add " + snake_case(added.name) + " helpers", {m_main.head});
    } else if (kind == 3) {
      tree.files.erase(path);
      tree.fillers.erase(path);
      m_filler.move(file, m_random);
      FL_TRY(put_filler(tree, file));
      ++m_renames;
      auto new_path = m_filler.path(file);
      return write(m_main, commit, "Move " + path + " to " + (new_path.ok() ? *new_path : ""), {m_main.head});
    } else {
      const size_t index = m_random.below(file.functions.size());
      message = "Drop unused " + FillerCode::display(file.functions[index]) + " from " + file_name;
      file.functions.erase(file.functions.begin() + static_cast<std::ptrdiff_t>(index));
    }
    FL_TRY(put_filler(tree, file));
    return write(m_main, commit, message, {m_main.head});
  }

  Status branch_step(const PlannedCommit& commit) {
    Line& line = m_branches[commit.branch];
    const PlannedBranch& branch = m_plan.branches[commit.branch];
    if (!line.started) {
      line.tree = m_main.tree;
      line.head = m_main.head;
      line.started = true;
    }
    std::string message;
    std::string path;
    if (commit.step == Step::concept_change) {
      const TimelineEvent& event = m_service.timeline[branch.event];
      FL_TRY(put_variant(line.tree, event, &path));
      message = event.message;
    } else if (commit.step == Step::concept_note) {
      const TimelineEvent& event = m_service.timeline[branch.event];
      path = "docs/changes/" + std::to_string(event.day) + "-" + event.concept_id + ".md";
      auto existing = line.tree.files.find(path);
      if (existing == line.tree.files.end()) {
        line.tree.files[path] =
            "# " + event.message + "\n\n" + event.concept_id + ": now " + event.variant + ".\n";
        message = "Note: " + event.message;
      } else {
        line.tree.files[path] =
            existing->second + "\nReviewed by " + m_org.authors[branch.merger].name + ".\n";
        message = "Address review comments";
      }
    } else if (commit.step == Step::helper_file) {
      FillerFile file = m_filler.new_file(m_random, 1);
      auto file_path = m_filler.path(file);
      if (!file_path.ok()) return file_path.error();
      FL_TRY(put_filler(line.tree, file));
      path = line.helper_path = *file_path;
      message = "Add " + snake_case(file.name) + " helpers";
    } else {
      FillerFile file = line.tree.fillers.at(line.helper_path);
      file.functions.push_back(m_filler.new_function(m_random));
      FL_TRY(put_filler(line.tree, file));
      path = line.helper_path;
      message = "Add " + FillerCode::display(file.functions.back()) + " to " + snake_case(file.name);
    }
    line.own_paths.insert(path);
    return write(line, commit, message, {line.head});
  }

  Status merge(const PlannedCommit& commit) {
    const int index = commit.branch;
    if (index < 0 || !m_branches[index].started)
      return Error(m_service.repo + ": a planned merge has no branch");
    Line& line = m_branches[index];
    for (const std::string& path : line.own_paths) {
      m_main.tree.files[path] = line.tree.files.at(path);
      auto filler = line.tree.fillers.find(path);
      if (filler != line.tree.fillers.end()) m_main.tree.fillers[path] = filler->second;
    }
    return write(m_main, commit, "Merge branch '" + m_plan.branches[index].name + "'",
                 {m_main.head, line.head});
  }

 private:
  const OrganisationSpec& m_org;
  const ServiceSpec& m_service;
  const LanguageTemplates& m_templates;
  DemoRandom m_random;
  RepoWriter m_writer;
  Variables m_vars;
  FillerCode m_filler;
  WorkPlan m_plan;
  Line m_main;
  std::vector<Line> m_branches;
  int m_renames = 0;
};

}  // namespace

Variables service_variables(const ServiceSpec& service) {
  std::string package;
  for (char c : service.repo)
    if (std::isalnum(static_cast<unsigned char>(c))) package += c;
  return {{"service", service.repo}, {"package", package}, {"team", service.team}};
}

Result<HistorySummary> write_history(const OrganisationSpec& organisation, const ServiceSpec& service,
                                     const TemplateLibrary& templates, DemoRandom random,
                                     const std::string& path) {
  auto writer = RepoWriter::create(path, "main");
  if (!writer.ok()) return writer.error();
  Generator generator(organisation, service, templates, random, std::move(*writer));
  return generator.run();
}

}  // namespace faultline::demo
