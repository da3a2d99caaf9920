#include "compare/catalogdialog.h"

#include "common/format.h"

#include "compare/catalogstore.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace headroom::ui {
namespace {

QString stated(const StatedSize &size)
{
    return CatalogDialog::tr("%1 %2").arg(QLocale().toString(size.value, 'g', 6), QString::fromStdString(size.unit));
}

QString kindLabel(const std::string &kind)
{
    if (kind == "gpu")
        return CatalogDialog::tr("GPU");
    if (kind == "workstation")
        return CatalogDialog::tr("Workstation");
    if (kind == "cloud")
        return CatalogDialog::tr("Cloud instance");
    return QString::fromStdString(kind);
}

} // namespace

CatalogDialog::CatalogDialog(CatalogStore *store, Mode mode, QWidget *parent)
    : QDialog(parent), m_store(store), m_mode(mode), m_filter(new QLineEdit(this)), m_table(new QTableWidget(this)),
      m_problem(new QLabel(this)), m_add(new QPushButton(this)), m_edit(new QPushButton(this)),
      m_duplicate(new QPushButton(this)), m_delete(new QPushButton(this)), m_import(new QPushButton(this)),
      m_export(new QPushButton(this)), m_box(new QDialogButtonBox(this))
{
    resize(1000, 560);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setClearButtonEnabled(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("entries"));
    m_table->setColumnCount(ColumnCount);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(mode == Pick ? QAbstractItemView::ExtendedSelection : QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *manage = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_duplicate, m_delete})
        manage->addWidget(b);
    manage->addStretch(1);
    manage->addWidget(m_import);
    manage->addWidget(m_export);

    if (mode == Pick) {
        m_pick = m_box->addButton(QString(), QDialogButtonBox::AcceptRole);
        m_box->addButton(QDialogButtonBox::Cancel);
    } else {
        m_box->addButton(QDialogButtonBox::Close);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    layout->addLayout(manage);
    layout->addWidget(m_box);

    connect(m_box, &QDialogButtonBox::accepted, this, &CatalogDialog::accept);
    connect(m_box, &QDialogButtonBox::rejected, this, &CatalogDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &CatalogDialog::applyFilter);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CatalogDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_mode == Pick)
            accept();
        else
            editEntry();
    });
    connect(m_add, &QPushButton::clicked, this, &CatalogDialog::addEntry);
    connect(m_edit, &QPushButton::clicked, this, &CatalogDialog::editEntry);
    connect(m_duplicate, &QPushButton::clicked, this, &CatalogDialog::duplicateEntry);
    connect(m_delete, &QPushButton::clicked, this, &CatalogDialog::deleteEntry);
    connect(m_import, &QPushButton::clicked, this, &CatalogDialog::importCatalogue);
    connect(m_export, &QPushButton::clicked, this, &CatalogDialog::exportCatalogue);
    connect(m_store, &CatalogStore::catalogChanged, this, &CatalogDialog::refill);
    retranslateUi();
}

CatalogDialog::~CatalogDialog() = default;

void CatalogDialog::retranslateUi()
{
    setWindowTitle(m_mode == Pick ? tr("Add Candidates from the Catalogue") : tr("Hardware Catalogue"));
    m_filter->setPlaceholderText(tr("Filter by name, id or GPU"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Id"), tr("Kind"), tr("Host RAM"), tr("GPUs"), tr("Price"),
                                        tr("Source"), tr("Last checked"), tr("Origin")});
    m_add->setText(tr("&New…"));
    m_edit->setText(tr("&Edit…"));
    m_duplicate->setText(tr("D&uplicate"));
    m_delete->setText(tr("&Delete"));
    m_import->setText(tr("&Import…"));
    m_export->setText(tr("E&xport…"));
    if (m_pick)
        m_pick->setText(tr("&Add to Comparison"));
    refill(); // the rows, keeping the filter, the sorting and the selection
}

void CatalogDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void CatalogDialog::setPickLimit(int limit)
{
    m_pickLimit = limit;
    updateButtons();
}

void CatalogDialog::refill()
{
    const QStringList keep = selectedIds();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    m_problem->setText(m_store->loadError());
    m_problem->setVisible(!m_store->loadError().isEmpty());
    const QLocale locale;
    for (const CatalogEntry &e : m_store->merged().entries) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString id = QString::fromStdString(e.id);
        auto set = [&](int column, const QString &text, const QVariant &sort = {}) {
            auto *item = new QTableWidgetItem(text);
            if (sort.isValid())
                item->setData(Qt::UserRole, sort);
            item->setData(Qt::UserRole + 1, id);
            m_table->setItem(row, column, item);
        };
        set(Name, QString::fromStdString(e.name));
        set(Id, id);
        set(Kind, kindLabel(e.kind));
        set(HostRam, e.hostRam.value > 0 ? stated(e.hostRam) : QStringLiteral("—"));
        set(Gpus, e.gpuModel.empty() ? QStringLiteral("—")
                                     : tr("%1 × %2 %3").arg(locale.toString(e.gpuCount), QString::fromStdString(e.gpuModel),
                                                            stated(e.gpuMemory)));
        set(Price, e.price ? formatMoney(*e.price, QString::fromStdString(e.currency))
                           : tr("not given"));
        set(Source, QString::fromStdString(e.source));
        set(LastChecked, QString::fromStdString(e.lastChecked));
        const bool user = m_store->isUserEntry(id);
        const bool builtin = m_store->isBuiltinEntry(id);
        set(Origin, user ? (builtin ? tr("Yours, over the built-in entry") : tr("Yours")) : tr("Built in"));
        m_table->item(row, Source)->setToolTip(QString::fromStdString(e.source));
    }
    m_table->setSortingEnabled(true);
    applyFilter();
    for (const QString &id : keep)
        selectEntry(id);
    updateButtons();
}

void CatalogDialog::applyFilter()
{
    const QString f = m_filter->text().trimmed();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        bool match = f.isEmpty();
        for (int c : {Name, Id, Gpus})
            match = match || m_table->item(r, c)->text().contains(f, Qt::CaseInsensitive);
        m_table->setRowHidden(r, !match);
    }
}

QStringList CatalogDialog::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids << m_table->item(i.row(), Id)->text();
    return ids;
}

void CatalogDialog::selectEntry(const QString &id)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, Id)->text() == id) {
            m_table->selectionModel()->select(m_table->model()->index(r, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
            m_table->setCurrentCell(r, 0, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            m_table->scrollToItem(m_table->item(r, 0));
        }
}

void CatalogDialog::updateButtons()
{
    const QStringList ids = selectedIds();
    const bool one = ids.size() == 1;
    m_edit->setEnabled(one);
    m_duplicate->setEnabled(one);
    m_delete->setEnabled(one && m_store->isUserEntry(ids.front()));
    m_delete->setText(one && m_store->isUserEntry(ids.front()) && m_store->isBuiltinEntry(ids.front())
                          ? tr("Re&vert to Built-in")
                          : tr("&Delete"));
    if (m_pick)
        m_pick->setEnabled(!ids.isEmpty() && ids.size() <= m_pickLimit);
}

void CatalogDialog::accept()
{
    if (m_mode == Pick) {
        m_picked.clear();
        for (const QString &id : selectedIds())
            if (const CatalogEntry *e = m_store->merged().find(id.toStdString()))
                m_picked.push_back(*e);
        if (static_cast<int>(m_picked.size()) > m_pickLimit)
            m_picked.resize(static_cast<std::size_t>(std::max(0, m_pickLimit)));
    }
    QDialog::accept();
}

void CatalogDialog::report(const std::optional<QString> &error)
{
    if (error)
        QMessageBox::warning(this, windowTitle(), *error);
}

void CatalogDialog::addEntry()
{
    CatalogEntry e;
    e.id = "my-machine";
    for (int n = 2; m_store->merged().find(e.id); ++n)
        e.id = "my-machine-" + std::to_string(n);
    e.name = tr("My machine").toStdString();
    e.kind = "workstation";
    e.hostRam = StatedSize{128, "GiB"};
    e.lastChecked = QDate::currentDate().toString(Qt::ISODate).toStdString();
    CatalogEntryDialog form(e, true, this);
    if (form.exec() == QDialog::Accepted) {
        const CatalogEntry made = form.entry();
        if (m_store->merged().find(made.id)) {
            report(tr("There is already an entry with the id \"%1\".").arg(QString::fromStdString(made.id)));
            return;
        }
        report(m_store->put(made));
        selectEntry(QString::fromStdString(made.id));
    }
}

void CatalogDialog::editEntry()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    const CatalogEntry *e = m_store->merged().find(ids.front().toStdString());
    if (!e)
        return;
    CatalogEntryDialog form(*e, false, this);
    if (form.exec() == QDialog::Accepted)
        report(m_store->put(form.entry()));
}

void CatalogDialog::duplicateEntry()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    QString made;
    report(m_store->duplicate(ids.front(), &made));
    m_table->clearSelection();
    selectEntry(made);
}

void CatalogDialog::deleteEntry()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    report(m_store->remove(ids.front()));
}

void CatalogDialog::importCatalogue()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Hardware Catalogue"), QString(),
                                                      tr("Hardware catalogues (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    int count = 0;
    if (auto error = m_store->importFile(path, &count))
        QMessageBox::warning(this, tr("Import Hardware Catalogue"),
                             tr("The catalogue was not imported; nothing changed.\n\n%1").arg(*error));
    else
        QMessageBox::information(this, tr("Import Hardware Catalogue"), tr("Imported %n entry(s).", nullptr, count));
}

void CatalogDialog::exportCatalogue()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Hardware Catalogue"),
                                                      QStringLiteral("hardware-catalog.json"),
                                                      tr("Hardware catalogues (*.json)"));
    if (!path.isEmpty())
        report(m_store->exportFile(path, !m_store->userCatalog().entries.empty()));
}

CatalogEntryDialog::CatalogEntryDialog(const CatalogEntry &entry, bool idEditable, QWidget *parent)
    : QDialog(parent), m_original(entry), m_id(new QLineEdit(QString::fromStdString(entry.id), this)),
      m_name(new QLineEdit(QString::fromStdString(entry.name), this)), m_kind(new QComboBox(this)),
      m_hostRam(new QDoubleSpinBox(this)), m_hostUnit(new QComboBox(this)),
      m_gpuModel(new QLineEdit(QString::fromStdString(entry.gpuModel), this)), m_gpuMemory(new QDoubleSpinBox(this)),
      m_gpuUnit(new QComboBox(this)), m_gpuCount(new QSpinBox(this)), m_price(new QDoubleSpinBox(this)),
      m_currency(new QLineEdit(QString::fromStdString(entry.currency), this)),
      m_source(new QLineEdit(QString::fromStdString(entry.source), this)),
      m_lastChecked(new QLineEdit(QString::fromStdString(entry.lastChecked), this)),
      m_box(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)), m_times(new QLabel(this)),
      m_form(new QFormLayout)
{
    m_id->setReadOnly(!idEditable);
    m_id->setObjectName(QStringLiteral("id"));
    m_name->setObjectName(QStringLiteral("name"));
    for (const QString &kind : {QStringLiteral("gpu"), QStringLiteral("workstation"), QStringLiteral("cloud")})
        m_kind->addItem(QString(), kind); // texts in retranslateUi()
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(QString::fromStdString(entry.kind))));
    for (QComboBox *unit : {m_hostUnit, m_gpuUnit}) {
        unit->addItem(QStringLiteral("GB"));
        unit->addItem(QStringLiteral("GiB"));
    }
    m_hostUnit->setCurrentText(QString::fromStdString(entry.hostRam.unit));
    m_gpuUnit->setCurrentText(QString::fromStdString(entry.gpuMemory.unit));
    m_hostRam->setRange(0, 1e7);
    m_hostRam->setDecimals(2);
    m_hostRam->setValue(entry.hostRam.value);
    m_gpuMemory->setRange(0, 1e5);
    m_gpuMemory->setDecimals(2);
    m_gpuMemory->setValue(entry.gpuMemory.value);
    m_gpuCount->setRange(1, 1'000'000);
    m_gpuCount->setValue(static_cast<int>(std::max<std::int64_t>(1, entry.gpuCount)));
    m_price->setRange(-1, 1e12);
    m_price->setDecimals(2);
    m_price->setValue(entry.price.value_or(-1));
    m_price->setObjectName(QStringLiteral("price"));
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setMaxLength(8);

    auto *host = new QHBoxLayout;
    host->addWidget(m_hostRam, 1);
    host->addWidget(m_hostUnit);
    auto *gpu = new QHBoxLayout;
    gpu->addWidget(m_gpuCount);
    gpu->addWidget(m_times);
    gpu->addWidget(m_gpuModel, 1);
    gpu->addWidget(m_gpuMemory);
    gpu->addWidget(m_gpuUnit);
    auto *price = new QHBoxLayout;
    price->addWidget(m_price, 1);
    price->addWidget(m_currency);

    // Labels made here, their texts set in retranslateUi(); a row of several fields labels its first.
    auto addRow = [this](QWidget *buddy, QLayout *fields) {
        auto *label = new QLabel(this);
        label->setBuddy(buddy);
        if (fields)
            m_form->addRow(label, fields);
        else
            m_form->addRow(label, buddy);
    };
    addRow(m_id, nullptr);
    addRow(m_name, nullptr);
    addRow(m_kind, nullptr);
    addRow(m_hostRam, host);
    addRow(m_gpuCount, gpu);
    addRow(m_price, price);
    addRow(m_source, nullptr);
    addRow(m_lastChecked, nullptr);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_box);
    connect(m_box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_id, m_name, m_gpuModel})
        connect(e, &QLineEdit::textChanged, this, &CatalogEntryDialog::updateOk);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CatalogEntryDialog::updateOk);
    connect(m_hostRam, &QDoubleSpinBox::valueChanged, this, &CatalogEntryDialog::updateOk);
    retranslateUi();
    updateOk();
}

CatalogEntryDialog::~CatalogEntryDialog() = default;

void CatalogEntryDialog::retranslateUi()
{
    setWindowTitle(tr("Catalogue Entry"));
    m_kind->setItemText(0, tr("GPU"));
    m_kind->setItemText(1, tr("Workstation"));
    m_kind->setItemText(2, tr("Cloud instance"));
    for (QComboBox *unit : {m_hostUnit, m_gpuUnit})
        unit->setToolTip(tr("As the vendor states it: GPU makers give decimal GB, cloud providers often GiB"));
    m_hostRam->setSpecialValueText(tr("none stated"));
    m_price->setSpecialValueText(tr("not given"));
    m_lastChecked->setPlaceholderText(tr("YYYY-MM-DD"));
    m_times->setText(tr("×"));
    const QStringList labels{tr("&Id:"),    tr("&Name:"),   tr("&Kind:"),   tr("&Host RAM:"),
                             tr("&GPUs:"), tr("&Price:"), tr("&Source:"), tr("&Last checked:")};
    for (int row = 0; row < m_form->rowCount() && row < labels.size(); ++row)
        if (QLayoutItem *item = m_form->itemAt(row, QFormLayout::LabelRole))
            if (auto *label = qobject_cast<QLabel *>(item->widget()))
                label->setText(labels[row]);
}

void CatalogEntryDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void CatalogEntryDialog::updateOk()
{
    const QString kind = m_kind->currentData().toString();
    const bool ok = !m_id->text().trimmed().isEmpty() && !m_name->text().trimmed().isEmpty()
                    && (kind == QLatin1String("gpu") ? !m_gpuModel->text().trimmed().isEmpty() : m_hostRam->value() > 0);
    m_box->button(QDialogButtonBox::Save)->setEnabled(ok);
}

CatalogEntry CatalogEntryDialog::entry() const
{
    CatalogEntry e = m_original;
    e.id = m_id->text().trimmed().toStdString();
    e.name = m_name->text().trimmed().toStdString();
    e.kind = m_kind->currentData().toString().toStdString();
    e.hostRam = StatedSize{m_hostRam->value(), m_hostUnit->currentText().toStdString()};
    e.gpuModel = m_gpuModel->text().trimmed().toStdString();
    e.gpuMemory = e.gpuModel.empty() ? StatedSize{} : StatedSize{m_gpuMemory->value(), m_gpuUnit->currentText().toStdString()};
    e.gpuCount = e.gpuModel.empty() ? 0 : m_gpuCount->value();
    if (m_price->value() >= 0)
        e.price = m_price->value();
    else
        e.price.reset();
    e.currency = m_currency->text().trimmed().isEmpty() ? std::string("USD") : m_currency->text().trimmed().toStdString();
    e.source = m_source->text().trimmed().toStdString();
    e.lastChecked = m_lastChecked->text().trimmed().toStdString();
    return e;
}

} // namespace headroom::ui
