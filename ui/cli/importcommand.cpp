// headroom-cli import FILE: the scenario `model` object of a model file (config.json,
// safetensors, GGUF), read without its weights.

#include "cli/clicommands.h"

#include "import/import.h"
#include "scenario/messages.h"

#include <string_view>

namespace headroom::ui::cli {

int importCommand(const QString &file)
{
    const auto r = importer::importModel(file.toStdString());
    if (!r.ok()) {
        printError(r.error().text());
        // A file that cannot be opened is a failure; a file that is not a valid model is bad input.
        // Compared as text: the same template literal need not have one address in every
        // translation unit (sanitizer builds keep them apart).
        const bool unreadable = r.error().tmpl && std::string_view(r.error().tmpl) == msg::importCannotRead;
        return unreadable ? Failure : BadInput;
    }
    for (const Error &note : r.value().notes)
        printError("note: " + note.text());
    std::printf("%s\n", importer::modelToJson(r.value().model).dump(2).c_str());
    return Ok;
}

} // namespace headroom::ui::cli
