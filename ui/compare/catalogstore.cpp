#include "compare/catalogstore.h"

#include "common/errortext.h"
#include "model/scenariomodel.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace headroom::ui {

CatalogStore::CatalogStore(const QString &path, QObject *parent)
    : QObject(parent), m_path(path.isEmpty() ? defaultPath() : path)
{
    load();
}

CatalogStore::~CatalogStore() = default;

QString CatalogStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/hardware-catalog.json");
}

QString CatalogStore::refusalMessage(const QString &file, const Error &error)
{
    //: A catalogue file was refused: the file, then "json.path: problem".
    return tr("%1: %2").arg(QDir::toNativeSeparators(file), errorText(error));
}

bool CatalogStore::load()
{
    m_loadError.clear();
    m_user = Catalog{};
    bool ok = true;
    if (QFileInfo::exists(m_path)) {
        auto text = readTextFile(m_path);
        if (!text.ok()) {
            m_loadError = errorText(text.error());
            ok = false;
        } else if (auto cat = readCatalog(text.value()); cat.ok()) {
            m_user = std::move(cat).value();
        } else {
            m_loadError = refusalMessage(m_path, cat.error());
            ok = false;
        }
    }
    remerge();
    emit catalogChanged();
    return ok;
}

void CatalogStore::remerge() { m_merged = mergeCatalogs(builtinCatalog(), m_user); }

bool CatalogStore::isUserEntry(const QString &id) const { return m_user.find(id.toStdString()) != nullptr; }

bool CatalogStore::isBuiltinEntry(const QString &id) const { return builtinCatalog().find(id.toStdString()) != nullptr; }

std::optional<QString> CatalogStore::save()
{
    if (!m_loadError.isEmpty() && QFileInfo::exists(m_path)) {
        // Keep the refused file for the user to repair instead of overwriting it.
        const QString aside = m_path + QStringLiteral(".refused");
        QFile::remove(aside);
        QFile::rename(m_path, aside);
        m_loadError.clear();
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    const std::string text = writeCatalog(m_user);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), static_cast<qint64>(text.size())) < 0 || !file.commit())
        return tr("Could not save the hardware catalogue to %1: %2")
            .arg(QDir::toNativeSeparators(m_path), file.errorString());
    return std::nullopt;
}

std::optional<QString> CatalogStore::commit(const Catalog &before)
{
    if (auto error = save()) {
        m_user = before;
        return error;
    }
    remerge();
    emit catalogChanged();
    return std::nullopt;
}

std::optional<QString> CatalogStore::put(const CatalogEntry &entry)
{
    // Validate through the reader, so that what is saved can be read back.
    Catalog one;
    one.entries.push_back(entry);
    if (auto check = readCatalog(writeCatalog(one)); !check.ok())
        return errorText(check.error());
    const Catalog before = m_user;
    bool replaced = false;
    for (CatalogEntry &e : m_user.entries)
        if (e.id == entry.id) {
            e = entry;
            replaced = true;
        }
    if (!replaced)
        m_user.entries.push_back(entry);
    return commit(before);
}

std::optional<QString> CatalogStore::duplicate(const QString &id, QString *newId)
{
    const CatalogEntry *source = m_merged.find(id.toStdString());
    if (!source)
        return tr("There is no catalogue entry \"%1\".").arg(id);
    CatalogEntry copy = *source;
    std::string candidate = copy.id + "-copy";
    for (int n = 2; m_merged.find(candidate); ++n)
        candidate = copy.id + "-copy-" + std::to_string(n);
    copy.id = candidate;
    copy.name = tr("%1 (copy)").arg(QString::fromStdString(source->name)).toStdString();
    if (newId)
        *newId = QString::fromStdString(candidate);
    return put(copy);
}

std::optional<QString> CatalogStore::remove(const QString &id)
{
    const Catalog before = m_user;
    const auto it = std::remove_if(m_user.entries.begin(), m_user.entries.end(),
                                   [&](const CatalogEntry &e) { return e.id == id.toStdString(); });
    if (it == m_user.entries.end())
        return tr("\"%1\" is a built-in entry; only your own entries can be deleted.").arg(id);
    m_user.entries.erase(it, m_user.entries.end());
    return commit(before);
}

std::optional<QString> CatalogStore::importFile(const QString &path, int *imported)
{
    auto text = readTextFile(path);
    if (!text.ok())
        return errorText(text.error());
    auto cat = readCatalog(text.value());
    if (!cat.ok())
        return refusalMessage(path, cat.error());
    const Catalog before = m_user;
    m_user = mergeCatalogs(m_user, cat.value());
    if (auto error = commit(before))
        return error;
    if (imported)
        *imported = static_cast<int>(cat.value().entries.size());
    return std::nullopt;
}

std::optional<QString> CatalogStore::exportFile(const QString &path, bool userEntriesOnly) const
{
    QSaveFile file(path);
    const std::string text = writeCatalog(userEntriesOnly ? m_user : m_merged);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), static_cast<qint64>(text.size())) < 0 || !file.commit())
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return std::nullopt;
}

QString sizedHostRamNote(const HardwareCandidate &h)
{
    return CatalogStore::tr("%1 is a bare GPU: its machine was given %2 GiB of host RAM, the size the job needs with "
                            "its safety margin. Edit Host RAM in the candidate table if the machine has more or less.")
        .arg(QString::fromStdString(h.name), QLocale().toString(h.hostRamGib, 'f', 0));
}

QString addCatalogCandidate(ScenarioModel *model, const CatalogStore &store, const CatalogEntry &entry)
{
    const QString id = QString::fromStdString(entry.id);
    const bool byReference = store.isBuiltinEntry(id) && !store.isUserEntry(id);
    const Estimate *e = model->estimate();
    const CatalogPick pick =
        catalogPick(entry, byReference, model->scenario(), e ? e->recommendation.hostPurchasable : 0);
    const HardwareCandidate h = pick.candidate;
    model->edit(QString(), CatalogStore::tr("Add candidate %1").arg(QString::fromStdString(entry.name)),
                [h](Scenario &s) { s.hardware.push_back(h); });
    return pick.hostRamSized ? sizedHostRamNote(h) : QString();
}

} // namespace headroom::ui
