#include "SolutionsView.h"

#include "domain/Labels.h"
#include "domain/Prioritisation.h"
#include "gui/common/NotesPanel.h"
#include "gui/common/RowModel.h"
#include "gui/common/Views.h"
#include "session/Editor.h"
#include "session/Session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableView>
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

// A rating typed in a cell: empty is 0 (not rated), otherwise 1 to 5.
QString readRating(const QVariant& v, int& out)
{
    const QString text = v.toString().trimmed();
    bool ok = true;
    const int value = text.isEmpty() ? 0 : text.toInt(&ok);
    if (!ok || value < 0 || value > kScoreMax) {
        return SolutionsView::tr("« %1 » refusé : la faisabilité et l’impact vont de 1 à %2 "
                                 "(vide : pas encore évalué).")
            .arg(text)
            .arg(kScoreMax);
    }
    out = value;
    return {};
}

} // namespace

SolutionsView::SolutionsView(session::Session& session, const QString& subgroupId, QWidget* parent)
    : QWidget(parent), m_session(session), m_subgroupId(subgroupId)
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("&Cause :"));
    m_causes = new QComboBox;
    // A long cause does not widen the window: the box takes the room there is, the list
    // and the tooltip show the whole text.
    m_causes->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_causes->setMinimumContentsLength(24);
    label->setBuddy(m_causes);
    top->addWidget(label);
    top->addWidget(m_causes, 1);
    layout->addLayout(top);
    connect(m_causes, &QComboBox::currentIndexChanged, this, [this] {
        m_causes->setToolTip(m_causes->currentText());
        if (!m_loading) {
            showCause();
        }
    });

    m_model = new RowModel<Solution>(this);
    m_model->setColumns({
        {tr("Solution"), [](const Solution& s, int role) { return typedText(role, s.text); },
         [](Solution& s, const QVariant& v, int) -> QString {
             const QString text = v.toString().trimmed();
             if (text.isEmpty()) {
                 return tr("Une solution a un texte : Suppr la retire.");
             }
             s.text = text;
             return {};
         }},
        {tr("Porteurs possibles"),
         [](const Solution& s, int role) { return cellText(role, carriersText(s)); },
         [](Solution& s, const QVariant& v, int) -> QString {
             parseCarriers(v.toString(), s);
             return {};
         },
         {},
         tr("Séparés par des virgules : Ville, EPCI, Département, État, Partenaires, ou tout "
            "autre nom")},
        {tr("Faisabilité"),
         [](const Solution& s, int role) {
             return cellText(role, s.feasibility > 0 ? QString::number(s.feasibility) : QString());
         },
         [](Solution& s, const QVariant& v, int) { return readRating(v, s.feasibility); }},
        {tr("Impact"),
         [](const Solution& s, int role) {
             return cellText(role, s.impact > 0 ? QString::number(s.impact) : QString());
         },
         [](Solution& s, const QVariant& v, int) { return readRating(v, s.impact); }},
        {tr("Prochaine étape"),
         [](const Solution& s, int role) { return typedText(role, s.nextStep); },
         [](Solution& s, const QVariant& v, int) -> QString {
             s.nextStep = v.toString().trimmed();
             return {};
         }},
        {tr("Retenue"),
         [](const Solution& s, int role) -> QVariant {
             return role == Qt::CheckStateRole ? QVariant(s.retained ? Qt::Checked : Qt::Unchecked)
                                               : QVariant();
         },
         [](Solution& s, const QVariant& v, int role) -> QString {
             if (role == Qt::CheckStateRole) {
                 s.retained = v.toInt() == Qt::Checked;
             }
             return {};
         },
         Qt::ItemIsUserCheckable},
    });
    m_model->setFilter([this](const Solution& s) { return s.itemId == m_shownCause; });
    m_model->setOrder([](const Solution& a, const Solution& b) { return a.position < b.position; });
    m_model->setCommit([this](const Solution&, const Solution& after, int column) {
        // Texts are saved as they are typed: one undo step for the whole edit.
        if (column == TextColumn || column == NextStepColumn) {
            return m_session.editor().typeSolution(m_session.meetingId(), after);
        }
        return m_session.editor().saveSolution(m_session.meetingId(), tr("Solution modifiée"),
                                               after);
    });
    m_table = makeTableView();
    m_table->setObjectName(QStringLiteral("solutions"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NextStepColumn, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);
    m_message = new InlineMessage;
    layout->addWidget(m_message);
    connect(m_model, &RowModelBase::refused, m_message,
            [this](const QModelIndex&, const QString& why) { m_message->showError(why); });

    m_new = new QLineEdit;
    m_new->setPlaceholderText(tr("Nouvelle solution pour cette cause, puis Entrée"));
    connect(m_new, &QLineEdit::returnPressed, this, &SolutionsView::addSolution);
    layout->addWidget(m_new);

    layout->addWidget(new QLabel(tr("Notes sur la solution choisie :")));
    m_notes = new NotesPanel(session, NoteTarget::Solution,
                             tr("Note sur la solution choisie, puis Entrée"));
    m_notes->setMaximumHeight(220);
    layout->addWidget(m_notes);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { m_notes->setTarget(m_model->idAt(current)); });

    connect(&m_session, &session::Session::changed, this, &SolutionsView::changed);
    showCauses();
}

SolutionsView::~SolutionsView() = default;

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

void SolutionsView::changed(const ChangeEvent& event)
{
    if (event.touches(EntityKind::PriorityItem) || event.touches(EntityKind::Selection)) {
        showCauses();
    }
    if (event.touches(EntityKind::Solution)) {
        if (event.reset) {
            showCause();
        } else {
            m_model->update(m_session.data().solutions);
        }
    }
}

void SolutionsView::showCauses()
{
    const MeetingData& data = m_session.data();
    const QString cause = causeId();
    m_loading = true;
    // The causes the group selected first, then the others.
    const auto selection = currentSelection(data, m_subgroupId);
    const QStringList selected = selection ? selection->itemIds : QStringList{};
    QList<std::pair<QString, QString>> entries;
    for (const QString& id : selected) {
        if (const auto* item = findRow(data.priorityItems, id)) {
            entries.append({tr("★ %1").arg(item->text), item->id});
        }
    }
    for (const auto& item : data.priorityItems) {
        if (item.subgroupId == m_subgroupId && !selected.contains(item.id)) {
            entries.append({item.text, item.id});
        }
    }
    bool same = entries.size() == m_causes->count();
    for (int i = 0; same && i < entries.size(); ++i) {
        same = m_causes->itemText(i) == entries[i].first &&
               m_causes->itemData(i).toString() == entries[i].second;
    }
    if (!same) {
        m_causes->clear();
        for (const auto& [text, id] : entries) {
            m_causes->addItem(text, id);
            m_causes->setItemData(m_causes->count() - 1, text, Qt::ToolTipRole);
        }
        const int index = m_causes->findData(cause);
        m_causes->setCurrentIndex(index >= 0 ? index : 0);
    }
    m_loading = false;
    if (causeId() != m_shownCause) {
        showCause();
    }
}

QString SolutionsView::causeId() const
{
    return m_causes->currentData().toString();
}

QList<Solution> SolutionsView::solutionsOf(const QString& causeId) const
{
    QList<Solution> out;
    for (const auto& s : m_session.data().solutions) {
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
    m_shownCause = causeId();
    m_model->reset(m_session.data().solutions);
    m_notes->setTarget(m_model->idAt(m_table->currentIndex()));
    m_new->setEnabled(!m_shownCause.isEmpty() && !m_session.isReadOnly());
}

bool SolutionsView::addSolution()
{
    const QString text = m_new->text().trimmed();
    if (text.isEmpty() || causeId().isEmpty()) {
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
    if (!m_session.editor().saveSolution(m_session.meetingId(), tr("Nouvelle solution"), s)) {
        return false;
    }
    m_new->clear();
    m_message->clearMessage();
    return true;
}

void SolutionsView::moveSelected(int direction)
{
    const QList<Solution> solutions = solutionsOf(causeId());
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? current.row() : -1;
    const int other = row + direction;
    if (row < 0 || other < 0 || other >= solutions.size()) {
        return;
    }
    Solution a = solutions[row];
    Solution b = solutions[other];
    std::swap(a.position, b.position);
    if (a.position == b.position) {
        a.position += direction;
    }
    session::Editor& editor = m_session.editor();
    editor.beginStep(tr("Ordre des solutions"));
    editor.saveSolution(m_session.meetingId(), tr("Ordre des solutions"), a);
    editor.saveSolution(m_session.meetingId(), tr("Ordre des solutions"), b);
    editor.endStep();
    // The row moved with its solution: the selection follows it.
    m_table->setCurrentIndex(m_model->indexOf(a.id, std::max(0, current.column())));
}

void SolutionsView::removeSelected()
{
    const QString id = m_model->idAt(m_table->currentIndex());
    if (!id.isEmpty()) {
        m_session.editor().removeSolution(m_session.meetingId(), id);
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
