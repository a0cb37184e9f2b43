// The mapping importer (a file a user picks). Whatever it accepts must survive export and re-import
// unchanged: a mapping that changes on a round trip would silently write to other fields.
#include "fuzzsupport.h"

#include "mapping/mappingmodel.h"

#include <QJsonDocument>

using namespace Ponte;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Expected<MappingModel> imported =
        MappingModel::importFromBytes(Fuzz::bytesOf(data, size), QStringLiteral("fuzz.json"));
    if (!imported) {
        PONTE_FUZZ_CHECK(!imported.status().message().isEmpty());
        return 0;
    }
    const QByteArray exported = QJsonDocument(imported.value().toJson()).toJson(QJsonDocument::Indented);
    const Expected<MappingModel> again = MappingModel::importFromBytes(exported, QStringLiteral("export.json"));
    PONTE_FUZZ_CHECK(bool(again));
    PONTE_FUZZ_CHECK(again.value() == imported.value());
    return 0;
}
