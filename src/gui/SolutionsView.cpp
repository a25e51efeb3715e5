#include "SolutionsView.h"

#include "Editor.h"
#include "NotesPanel.h"
#include "domain/Labels.h"
#include "domain/Prioritisation.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace copil::gui {

using namespace domain;

namespace {

QString fold(const QString& s)
{
    return s.normalized(QString::NormalizationForm_D)
        .remove(QRegularExpression(QStringLiteral("[^\\w]")))
        .toLower();
}

} // namespace

SolutionsView::SolutionsView(Editor* editor, QWidget* parent) : QWidget(parent), m_editor(editor)
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("&Cause :"));
    m_causes = new QComboBox;
    label->setBuddy(m_causes);
    top->addWidget(label);
    top->addWidget(m_causes, 1);
    layout->addLayout(top);
    connect(m_causes, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading) {
            showCause();
        }
    });

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("solutions"));
    m_table->setHorizontalHeaderLabels({tr("Solution"), tr("Porteurs possibles"), tr("Faisabilité"),
                                        tr("Impact"), tr("Prochaine étape"), tr("Retenue")});
    m_table->horizontalHeaderItem(CarriersColumn)
        ->setToolTip(tr("Séparés par des virgules : Ville, EPCI, Département, État, "
                        "Partenaires, ou tout autre nom"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NextStepColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::itemChanged, this, &SolutionsView::edited);
    layout->addWidget(m_table, 1);

    m_new = new QLineEdit;
    m_new->setPlaceholderText(tr("Nouvelle solution pour cette cause, puis Entrée"));
    connect(m_new, &QLineEdit::returnPressed, this, &SolutionsView::addSolution);
    layout->addWidget(m_new);

    layout->addWidget(new QLabel(tr("Notes sur la solution choisie :")));
    m_notes = new NotesPanel(editor, NoteTarget::Solution,
                             tr("Note sur la solution choisie, puis Entrée"));
    m_notes->setMaximumHeight(220);
    layout->addWidget(m_notes);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        const QTableWidgetItem* cell = row >= 0 ? m_table->item(row, TextColumn) : nullptr;
        m_notes->setTarget(cell ? cell->data(Qt::UserRole).toString() : QString());
    });
}

void SolutionsView::parseCarriers(const QString& text, Solution& solution)
{
    solution.carriers.clear();
    QStringList others;
    for (const QString& raw : text.split(u',', Qt::SkipEmptyParts)) {
        const QString part = raw.trimmed();
        if (part.isEmpty()) {
            continue;
        }
        std::optional<CarrierKind> known;
        for (CarrierKind c : allValues<CarrierKind>()) {
            if (fold(part) == fold(Labels::of(c)) || fold(part) == fold(toKey(c)) ||
                (c == CarrierKind::Intercommunalite && fold(part) == u"intercommunalite")) {
                known = c;
            }
        }
        if (known && !solution.carriers.contains(*known)) {
            solution.carriers << *known;
        } else if (!known) {
            others << part;
        }
    }
    solution.otherCarrier = others.join(QStringLiteral(", "));
}

QString SolutionsView::carriersText(const Solution& solution)
{
    QStringList parts;
    for (CarrierKind c : solution.carriers) {
        parts << Labels::of(c);
    }
    if (!solution.otherCarrier.isEmpty()) {
        parts << solution.otherCarrier;
    }
    return parts.join(QStringLiteral(", "));
}

void SolutionsView::setContent(const MeetingData& data, const QString& subgroupIdRef)
{
    const QString subgroupId = subgroupIdRef;
    const QString cause = causeId();
    m_loading = true;
    m_data = data;
    m_subgroupId = subgroupId;
    // The causes the group selected first, then the others.
    const auto selection = currentSelection(data, subgroupId);
    const QStringList selected = selection ? selection->itemIds : QStringList{};
    m_causes->clear();
    for (const QString& id : selected) {
        for (const auto& item : data.priorityItems) {
            if (item.id == id) {
                m_causes->addItem(tr("★ %1").arg(item.text), item.id);
            }
        }
    }
    for (const auto& item : data.priorityItems) {
        if (item.subgroupId == subgroupId && !selected.contains(item.id)) {
            m_causes->addItem(item.text, item.id);
        }
    }
    const int index = m_causes->findData(cause);
    m_causes->setCurrentIndex(index >= 0 ? index : 0);
    m_notes->setNotes(data.meeting.id, data.notes);
    m_loading = false;
    showCause();
}

QString SolutionsView::causeId() const
{
    return m_causes->currentData().toString();
}

QList<Solution> SolutionsView::solutionsOf(const QString& causeId) const
{
    QList<Solution> out;
    for (const auto& s : m_data.solutions) {
        if (s.itemId == causeId) {
            out << s;
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Solution& a, const Solution& b) { return a.position < b.position; });
    return out;
}

void SolutionsView::showCause()
{
    const QList<Solution> solutions = solutionsOf(causeId());
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_table->currentRow();
    const int column = m_table->currentColumn();
    m_table->setRowCount(int(solutions.size()));
    const auto set = [this](int r, int c, const QString& text, const QString& id) {
        QTableWidgetItem* item = m_table->item(r, c);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(r, c, item);
        }
        if (item->text() != text) {
            item->setText(text);
        }
        item->setData(Qt::UserRole, id);
        return item;
    };
    for (int r = 0; r < solutions.size(); ++r) {
        const Solution& s = solutions[r];
        set(r, TextColumn, s.text, s.id);
        set(r, CarriersColumn, carriersText(s), s.id);
        set(r, FeasibilityColumn, s.feasibility > 0 ? QString::number(s.feasibility) : QString(),
            s.id);
        set(r, ImpactColumn, s.impact > 0 ? QString::number(s.impact) : QString(), s.id);
        set(r, NextStepColumn, s.nextStep, s.id);
        QTableWidgetItem* retained = set(r, RetainedColumn, QString(), s.id);
        retained->setFlags((retained->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
        retained->setCheckState(s.retained ? Qt::Checked : Qt::Unchecked);
    }
    if (row >= 0 && row < m_table->rowCount()) {
        m_table->setCurrentCell(row, std::max(0, column));
    }
    m_table->resizeRowsToContents();
    m_new->setEnabled(!causeId().isEmpty() && m_editor);
    m_loading = wasLoading;
}

void SolutionsView::edited(QTableWidgetItem* cell)
{
    if (m_loading || !m_editor) {
        return;
    }
    const QString id = cell->data(Qt::UserRole).toString();
    for (Solution s : m_data.solutions) {
        if (s.id != id) {
            continue;
        }
        const QString text = cell->text().trimmed();
        bool ok = true;
        switch (cell->column()) {
        case TextColumn:
            s.text = text;
            ok = !text.isEmpty();
            break;
        case CarriersColumn:
            parseCarriers(text, s);
            break;
        case FeasibilityColumn:
        case ImpactColumn: {
            const int value = text.isEmpty() ? 0 : text.toInt(&ok);
            ok = ok && value >= 0 && value <= kScoreMax;
            (cell->column() == FeasibilityColumn ? s.feasibility : s.impact) = value;
            break;
        }
        case NextStepColumn:
            s.nextStep = text;
            break;
        case RetainedColumn:
            s.retained = cell->checkState() == Qt::Checked;
            break;
        default:
            return;
        }
        if (!ok) {
            emit failed(tr("« %1 » refusé : une solution a un texte, une faisabilité et un "
                           "impact de 1 à 5.")
                            .arg(cell->text()));
            const MeetingData data = m_data;
            setContent(data, m_subgroupId);
            return;
        }
        m_editor->saveSolution(m_data.meeting.id, tr("Solution modifiée"), s);
        return;
    }
}

bool SolutionsView::addSolution()
{
    const QString text = m_new->text().trimmed();
    if (text.isEmpty() || causeId().isEmpty() || !m_editor) {
        return false;
    }
    int position = 0;
    for (const auto& s : solutionsOf(causeId())) {
        position = std::max(position, s.position + 1);
    }
    Solution s;
    s.id = newId();
    s.itemId = causeId();
    s.position = position;
    s.text = text;
    if (!m_editor->saveSolution(m_data.meeting.id, tr("Nouvelle solution"), s)) {
        return false;
    }
    m_new->clear();
    return true;
}

void SolutionsView::moveSelected(int direction)
{
    const QList<Solution> solutions = solutionsOf(causeId());
    const int row = m_table->currentRow();
    const int other = row + direction;
    if (!m_editor || row < 0 || other < 0 || other >= solutions.size()) {
        return;
    }
    Solution a = solutions[row];
    Solution b = solutions[other];
    std::swap(a.position, b.position);
    if (a.position == b.position) {
        a.position += direction;
    }
    m_editor->beginStep(tr("Ordre des solutions"));
    m_editor->saveSolution(m_data.meeting.id, tr("Ordre des solutions"), a);
    m_editor->saveSolution(m_data.meeting.id, tr("Ordre des solutions"), b);
    m_editor->endStep();
    m_table->setCurrentCell(other, std::max(0, m_table->currentColumn()));
}

void SolutionsView::removeSelected()
{
    const int row = m_table->currentRow();
    if (m_editor && row >= 0 && m_table->item(row, TextColumn)) {
        m_editor->removeSolution(m_data.meeting.id,
                                 m_table->item(row, TextColumn)->data(Qt::UserRole).toString());
    }
}

bool SolutionsView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::AltModifier &&
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveSelected(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace copil::gui
