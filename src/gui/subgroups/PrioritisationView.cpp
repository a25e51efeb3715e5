#include "PrioritisationView.h"

#include "SolutionsView.h"
#include "gui/common/RowModel.h"
#include "gui/common/Views.h"
#include "session/Editor.h"
#include "session/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace copil::gui {

using namespace domain;

namespace {

// The text cut at a word before `length` characters, with an ellipsis.
QString shorten(const QString& text, int length)
{
    if (text.size() <= length) {
        return text;
    }
    const qsizetype space = text.lastIndexOf(u' ', length);
    return text.left(space > length / 2 ? space : length).trimmed() + u'…';
}

QString scoreText(double v)
{
    return QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 1);
}

// A whole number typed in a cell: empty is 0; false when it is not a number.
bool readCount(const QVariant& value, int& out)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        out = 0;
        return true;
    }
    bool ok = false;
    out = text.toInt(&ok);
    return ok;
}

} // namespace

PrioritisationView::PrioritisationView(session::Session& session, const QString& subgroupId,
                                       QWidget* parent)
    : QWidget(parent), m_session(session), m_subgroupId(subgroupId)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Gommettes par membre présent :")));
    m_dotsPerMember = new QSpinBox;
    m_dotsPerMember->setRange(0, 20);
    top->addWidget(m_dotsPerMember);
    m_dotsInfo = new QLabel;
    m_dotsInfo->setWordWrap(true);
    top->addWidget(m_dotsInfo, 1);
    layout->addLayout(top);
    connect(m_dotsPerMember, &QSpinBox::valueChanged, this, [this](int value) {
        const auto* s = findRow(m_session.data().subgroups, m_subgroupId);
        if (!s || value == s->dotsPerMember) {
            return;
        }
        // Fewer dots than some member already placed: say who must take back what, and
        // offer to take the extra dots back in the same step, rather than store a vote
        // the meeting's own rules refuse.
        MeetingData next = m_session.data();
        for (auto& g : next.subgroups) {
            if (g.id == m_subgroupId) {
                g.dotsPerMember = value;
            }
        }
        const QStringList over = DotRules::excess(next);
        if (!over.isEmpty()) {
            const QSignalBlocker blocker(m_dotsPerMember);
            m_dotsPerMember->setValue(s->dotsPerMember);
            m_message->showError(over.join(u'\n'), tr("Retirer les gommettes en trop"),
                                 [this, value] {
                                     m_session.editor().setDotsPerMember(
                                         m_session.meetingId(), m_subgroupId, value, true);
                                 });
            return;
        }
        m_session.editor().setDotsPerMember(m_session.meetingId(), m_subgroupId, value, false);
    });

    m_scoreModel = new RowModel<CauseRow>(this);
    m_scoreModel->setCommit([this](const CauseRow& before, const CauseRow& after, int column) {
        return commitScore(before, after, column);
    });
    m_scores = makeTableView();
    m_scores->setObjectName(QStringLiteral("scores"));
    m_scores->setModel(m_scoreModel);
    m_scores->setToolTip(tr("Notes de 1 à 5 par critère ; cochez les causes que le groupe "
                            "retient, puis confirmez."));
    m_dotModel = new RowModel<DotRow>(this);
    m_dotModel->setCommit([this](const DotRow& before, const DotRow& after, int column) {
        return commitDots(before, after, column);
    });
    m_dots = makeTableView();
    m_dots->setObjectName(QStringLiteral("dots"));
    m_dots->setModel(m_dotModel);
    m_dots->setToolTip(tr("Gommettes posées par chaque membre présent, ou comptées sur le "
                          "papier (colonne Papier)."));
    m_criteriaModel = new RowModel<CriterionRow>(this);
    m_criteriaModel->setColumns({
        {tr("Critère"),
         [](const CriterionRow& r, int role) -> QVariant {
             if (role == Qt::EditRole) {
                 return r.criterion.name;
             }
             return cellText(role, tr("C%1 : %2").arg(r.number).arg(r.criterion.name),
                             r.criterion.name);
         },
         [](CriterionRow& r, const QVariant& v, int) -> QString {
             const QString name = v.toString().trimmed();
             if (name.isEmpty()) {
                 return tr("Un critère a un nom.");
             }
             r.criterion.name = name;
             return {};
         }},
        {tr("Poids"),
         [](const CriterionRow& r, int role) {
             return cellText(role, QLocale().toString(r.criterion.weight));
         },
         [](CriterionRow& r, const QVariant& v, int) -> QString {
             bool ok = false;
             const double weight = QLocale().toDouble(v.toString().trimmed(), &ok);
             if (!ok || weight < 0 || weight > 100) {
                 return tr("Un poids est un nombre entre 0 et 100 (« %1 » refusé).")
                     .arg(v.toString());
             }
             r.criterion.weight = weight;
             return {};
         }},
    });
    m_criteriaModel->setCommit([this](const CriterionRow&, const CriterionRow& after, int column) {
        return m_session.editor().updateCriterion(
            m_session.meetingId(),
            column == CriterionWeightColumn ? tr("Poids de « %1 »").arg(after.criterion.name)
                                            : tr("Critère « %1 »").arg(after.criterion.name),
            after.criterion);
    });
    m_criteria = makeTableView();
    m_criteria->setObjectName(QStringLiteral("criteria"));
    m_criteria->setModel(m_criteriaModel);
    m_criteria->horizontalHeader()->setSectionResizeMode(CriterionNameColumn, QHeaderView::Stretch);
    m_chart = new RankingChart;
    m_message = new InlineMessage;
    for (auto* model :
         std::initializer_list<RowModelBase*>{m_scoreModel, m_dotModel, m_criteriaModel}) {
        connect(model, &RowModelBase::refused, this,
                [this](const QModelIndex&, const QString& why) { refuse(why); });
    }

    auto* addRow = new QHBoxLayout;
    m_newCause = new QLineEdit;
    m_newCause->setPlaceholderText(tr("Nouvelle cause à prioriser, puis Entrée"));
    connect(m_newCause, &QLineEdit::returnPressed, this, &PrioritisationView::addCause);
    auto* remove = new QPushButton(tr("Retirer la cause"));
    connect(remove, &QPushButton::clicked, this, &PrioritisationView::removeSelectedCause);
    addRow->addWidget(m_newCause, 1);
    addRow->addWidget(remove);

    // Tables on the left, the chart the group looks at on the right.
    auto* scoresBox = new QWidget;
    auto* scoresLayout = new QVBoxLayout(scoresBox);
    scoresLayout->setContentsMargins(0, 0, 0, 0);
    scoresLayout->addWidget(new QLabel(tr("<b>Classement et notes</b> (C1, C2… : les critères)")));
    scoresLayout->addWidget(m_scores, 1);
    scoresLayout->addLayout(addRow);
    auto* dotsBox = new QWidget;
    auto* dotsLayout = new QVBoxLayout(dotsBox);
    dotsLayout->setContentsMargins(0, 0, 0, 0);
    dotsLayout->addWidget(new QLabel(tr("<b>Gommettes</b>")));
    dotsLayout->addWidget(m_dots, 1);
    auto* criteriaBox = new QWidget;
    auto* criteriaLayout = new QVBoxLayout(criteriaBox);
    criteriaLayout->setContentsMargins(0, 0, 0, 0);
    criteriaLayout->addWidget(new QLabel(tr("<b>Critères et poids</b>")));
    criteriaLayout->addWidget(m_criteria, 1);
    m_newCriterion = new QLineEdit;
    m_newCriterion->setPlaceholderText(tr("Nouveau critère, puis Entrée"));
    connect(m_newCriterion, &QLineEdit::returnPressed, this, &PrioritisationView::addCriterion);
    criteriaLayout->addWidget(m_newCriterion);
    auto* left = new QSplitter(Qt::Vertical);
    left->addWidget(scoresBox);
    left->addWidget(dotsBox);
    auto* right = new QSplitter(Qt::Vertical);
    right->addWidget(m_chart);
    right->addWidget(criteriaBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    auto* bottom = new QHBoxLayout;
    m_selection = new QLabel;
    m_selection->setWordWrap(true);
    m_confirm = new QPushButton(tr("Confirmer la sélection"));
    m_confirm->setToolTip(tr("Enregistre les causes cochées comme choix du groupe, avec l’heure"));
    connect(m_confirm, &QPushButton::clicked, this, &PrioritisationView::confirmSelection);
    bottom->addWidget(m_selection, 1);
    bottom->addWidget(m_confirm);
    layout->addLayout(bottom);

    m_solutions = new SolutionsView(session, subgroupId);
    connect(m_solutions, &SolutionsView::failed, this, &PrioritisationView::failed);
    auto* tabs = new QTabWidget;
    tabs->addTab(page, tr("Priorisation"));
    tabs->addTab(m_solutions, tr("Solutions"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(tabs);

    connect(&m_session, &session::Session::changed, this, &PrioritisationView::changed);
    refresh(true);
}

PrioritisationView::~PrioritisationView() = default;

bool PrioritisationView::isEmpty() const
{
    return m_scoreModel->count() == 0 && m_criteriaList.isEmpty();
}

int PrioritisationView::weightedColumn() const
{
    return FirstCriterionColumn + int(m_criteriaList.size());
}

int PrioritisationView::retainedColumn() const
{
    return weightedColumn() + 2;
}

void PrioritisationView::refuse(const QString& message)
{
    m_message->showError(message);
}

void PrioritisationView::changed(const ChangeEvent& event)
{
    using K = EntityKind;
    if (event.touches(K::PriorityItem) || event.touches(K::DotVote) || event.touches(K::Score) ||
        event.touches(K::Criterion) || event.touches(K::Selection) ||
        event.touches(K::Participant) || event.touches(K::Subgroup)) {
        refresh(event.reset);
    }
}

QList<CauseRow> PrioritisationView::causeRows() const
{
    const MeetingData& data = m_session.data();
    QHash<QString, ItemStanding> standingOf;
    for (const auto& st : rankItems(data, m_subgroupId)) {
        standingOf.insert(st.itemId, st);
    }
    QHash<std::pair<QString, QString>, int> scores;
    for (const auto& s : data.scores) {
        scores.insert({s.itemId, s.criterionId}, s.score);
    }
    QList<CauseRow> rows;
    for (const auto& item : data.priorityItems) {
        if (item.subgroupId != m_subgroupId) {
            continue;
        }
        CauseRow row{item.id, item, standingOf.value(item.id), {}, m_ticked.contains(item.id)};
        for (const auto& c : m_criteriaList) {
            row.scores << scores.value({item.id, c.id});
        }
        rows << row;
    }
    return rows;
}

QList<DotRow> PrioritisationView::dotRows() const
{
    const MeetingData& data = m_session.data();
    QHash<std::pair<QString, QString>, int> dots;
    for (const auto& v : data.dotVotes) {
        dots.insert({v.itemId, v.participantId}, v.count);
    }
    QList<DotRow> rows;
    for (const auto& item : data.priorityItems) {
        if (item.subgroupId != m_subgroupId) {
            continue;
        }
        DotRow row{item.id, item.text, {}};
        for (const auto& p : m_voters) {
            row.counts << dots.value({item.id, p.id});
        }
        row.counts << dots.value({item.id, QString()});
        rows << row;
    }
    return rows;
}

void PrioritisationView::refresh(bool reset)
{
    const MeetingData& data = m_session.data();
    const auto* subgroup = findRow(data.subgroups, m_subgroupId);
    const Subgroup s = subgroup ? *subgroup : Subgroup{};
    m_criteriaList.clear();
    for (const auto& c : data.criteria) {
        if (c.subgroupId == m_subgroupId) {
            m_criteriaList << c;
        }
    }
    m_voters = DotRules::voters(data, m_subgroupId);
    {
        const QSignalBlocker blocker(m_dotsPerMember);
        m_dotsPerMember->setValue(s.dotsPerMember);
    }
    const auto current = currentSelection(data, m_subgroupId);
    const int revision = current ? current->revision : 0;
    if (revision != m_shownRevision) {
        m_ticked = current ? QSet<QString>(current->itemIds.cbegin(), current->itemIds.cend())
                           : QSet<QString>{};
        m_shownRevision = revision;
    }

    // Scores and ranking, in the order of the list: the columns follow the criteria.
    QStringList headers{tr("Cause"), tr("Gommettes")};
    for (qsizetype i = 0; i < m_criteriaList.size(); ++i) {
        headers << tr("C%1").arg(i + 1) + u'\x1f' + m_criteriaList[i].name +
                       QLocale().toString(m_criteriaList[i].weight);
    }
    headers << tr("Score pondéré") << tr("Rang") << tr("Retenue");
    if (headers != m_scoreHeaders || reset) {
        m_scoreHeaders = headers;
        using Column = RowModel<CauseRow>::Column;
        QList<Column> columns;
        columns << Column{
            tr("Cause"),
            [](const CauseRow& r, int role) { return cellText(role, r.item.text, r.item.text); },
            [](CauseRow& r, const QVariant& v, int) -> QString {
                const QString text = v.toString().trimmed();
                if (text.isEmpty()) {
                    return tr("Une cause ne peut pas être vide : « Retirer la "
                              "cause » la supprime.");
                }
                r.item.text = text;
                return {};
            }};
        columns << Column{tr("Gommettes"), [](const CauseRow& r, int role) {
                              return cellText(role, QString::number(r.standing.dots));
                          }};
        for (int i = 0; i < m_criteriaList.size(); ++i) {
            columns << Column{
                tr("C%1").arg(i + 1),
                [i](const CauseRow& r, int role) {
                    const int sc = r.scores.value(i);
                    return cellText(role, sc > 0 ? QString::number(sc) : QString());
                },
                [i](CauseRow& r, const QVariant& v, int) -> QString {
                    int score = 0;
                    if (!readCount(v, score) || score < 0 || score > kScoreMax ||
                        (score > 0 && score < kScoreMin)) {
                        return tr("Une note va de %1 à %2 (« %3 » refusé).")
                            .arg(kScoreMin)
                            .arg(kScoreMax)
                            .arg(v.toString());
                    }
                    r.scores[i] = score;
                    return {};
                },
                {},
                tr("%1 (poids %2)")
                    .arg(m_criteriaList[i].name, QLocale().toString(m_criteriaList[i].weight))};
        }
        columns << Column{tr("Score pondéré"), [](const CauseRow& r, int role) {
                              return cellText(role, r.standing.scoredCriteria > 0
                                                        ? scoreText(r.standing.weightedScore)
                                                        : QString());
                          }};
        columns << Column{tr("Rang"), [](const CauseRow& r, int role) {
                              return cellText(role, QString::number(r.standing.rank));
                          }};
        columns << Column{tr("Retenue"),
                          [](const CauseRow& r, int role) -> QVariant {
                              if (role == Qt::CheckStateRole) {
                                  return r.ticked ? Qt::Checked : Qt::Unchecked;
                              }
                              return {};
                          },
                          [](CauseRow& r, const QVariant& v, int role) -> QString {
                              if (role == Qt::CheckStateRole) {
                                  r.ticked = v.toInt() == Qt::Checked;
                              }
                              return {};
                          },
                          Qt::ItemIsUserCheckable};
        m_scoreModel->setColumns(columns);
        m_scoreModel->reset(causeRows());
        m_scores->horizontalHeader()->setSectionResizeMode(CauseColumn, QHeaderView::Stretch);
    } else {
        m_scoreModel->update(causeRows());
    }

    // Dots: one column per member who may vote, and one for the paper tally.
    QStringList dotHeaders{tr("Cause")};
    for (const auto& p : m_voters) {
        dotHeaders << p.id + u'\x1f' + p.name;
    }
    dotHeaders << tr("Papier");
    if (dotHeaders != m_dotHeaders || reset) {
        m_dotHeaders = dotHeaders;
        using Column = RowModel<DotRow>::Column;
        QList<Column> columns;
        columns << Column{tr("Cause"),
                          [](const DotRow& r, int role) { return cellText(role, r.text, r.text); }};
        for (int i = 0; i <= m_voters.size(); ++i) {
            columns << Column{
                i < m_voters.size() ? m_voters[i].name : tr("Papier"),
                [i](const DotRow& r, int role) {
                    const int n = r.counts.value(i);
                    return cellText(role, n > 0 ? QString::number(n) : QString());
                },
                [i](DotRow& r, const QVariant& v, int) -> QString {
                    int count = 0;
                    if (!readCount(v, count) || count < 0) {
                        return tr("« %1 » n’est pas un nombre de gommettes.").arg(v.toString());
                    }
                    r.counts[i] = count;
                    return {};
                }};
        }
        m_dotModel->setColumns(columns);
        m_dotModel->reset(dotRows());
        m_dots->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    } else {
        m_dotModel->update(dotRows());
    }
    QStringList left;
    for (const auto& p : m_voters) {
        left << tr("%1 : %2").arg(p.name).arg(s.dotsPerMember -
                                              DotRules::dotsPlaced(data, m_subgroupId, p.id));
    }
    m_dotsInfo->setText(m_voters.isEmpty()
                            ? tr("Aucun membre présent pointé : comptez les gommettes du papier.")
                            : tr("Reste à placer — %1").arg(left.join(u" · ")));

    QList<CriterionRow> criteria;
    for (int i = 0; i < m_criteriaList.size(); ++i) {
        criteria << CriterionRow{m_criteriaList[i].id, i + 1, m_criteriaList[i]};
    }
    if (reset) {
        m_criteriaModel->reset(criteria);
    } else {
        m_criteriaModel->update(criteria);
    }

    QList<RankingChart::Bar> bars;
    for (const auto& st : rankItems(data, m_subgroupId)) {
        if (const auto* item = findRow(data.priorityItems, st.itemId)) {
            bars << RankingChart::Bar{tr("%1. %2").arg(st.rank).arg(item->text), st.dots,
                                      st.weightedScore,
                                      current && current->itemIds.contains(item->id)};
        }
    }
    m_chart->setBars(bars);

    if (current) {
        QStringList names;
        for (const QString& id : current->itemIds) {
            if (const auto* item = findRow(data.priorityItems, id)) {
                names << shorten(item->text, 70);
            }
        }
        m_selection->setText(
            tr("Sélection confirmée à %1 (révision %2) : %3")
                .arg(current->confirmedAt.toLocalTime().time().toString(QStringLiteral("HH:mm")))
                .arg(current->revision)
                .arg(names.isEmpty() ? tr("aucune cause") : names.join(u" ; ")));
    } else {
        m_selection->setText(tr("Aucune sélection confirmée pour l’instant."));
    }
    setWindowTitle(tr("Priorisation – sous-groupe %1 – %2").arg(s.number).arg(s.title));
}

QString PrioritisationView::selectionText() const
{
    return m_selection->text();
}

QString PrioritisationView::dotsText() const
{
    return m_dotsInfo->text();
}

bool PrioritisationView::commitScore(const CauseRow& before, const CauseRow& after, int column)
{
    session::Editor& editor = m_session.editor();
    if (column == CauseColumn) {
        return editor.savePriorityItem(m_session.meetingId(), tr("Cause modifiée"), after.item);
    }
    if (column == retainedColumn()) {
        // Ticks wait for the confirmation: they are the view's, not yet the group's choice.
        if (after.ticked) {
            m_ticked.insert(after.id);
        } else {
            m_ticked.remove(after.id);
        }
        m_scoreModel->update(causeRows());
        return true;
    }
    const int criterion = column - FirstCriterionColumn;
    if (criterion < 0 || criterion >= m_criteriaList.size() ||
        before.scores.value(criterion) == after.scores.value(criterion)) {
        return true;
    }
    return editor.setScore(m_session.meetingId(), after.id, m_criteriaList[criterion].id,
                           after.scores.value(criterion));
}

bool PrioritisationView::commitDots(const DotRow& before, const DotRow& after, int column)
{
    const int i = column - 1;
    if (i < 0 || i > m_voters.size() || before.counts.value(i) == after.counts.value(i)) {
        return true;
    }
    const QString who = i < m_voters.size() ? m_voters[i].id : QString();
    const int count = after.counts.value(i);
    const QString why = DotRules::whyRefused(m_session.data(), after.id, who, count);
    if (!why.isEmpty()) {
        refuse(why);
        return false;
    }
    return m_session.editor().setDots(m_session.meetingId(), after.id, who, count);
}

bool PrioritisationView::confirmSelection()
{
    if (m_subgroupId.isEmpty()) {
        return false;
    }
    QStringList chosen;
    for (const auto& item : m_session.data().priorityItems) {
        if (item.subgroupId == m_subgroupId && m_ticked.contains(item.id)) {
            chosen << item.id;
        }
    }
    return m_session.editor().confirmSelection(
        m_session.meetingId(),
        nextSelection(m_session.data(), m_subgroupId, chosen, m_session.now()));
}

bool PrioritisationView::addCause()
{
    const QString text = m_newCause->text().trimmed();
    if (text.isEmpty()) {
        refuse(tr("Tapez le texte de la cause, puis Entrée."));
        return false;
    }
    int position = 0;
    for (const auto& item : m_session.data().priorityItems) {
        if (item.subgroupId == m_subgroupId) {
            position = std::max(position, item.position + 1);
        }
    }
    if (!m_session.editor().savePriorityItem(m_session.meetingId(), tr("Nouvelle cause"),
                                             {newId(), m_subgroupId, position, text})) {
        return false;
    }
    m_newCause->clear();
    m_message->clearMessage();
    return true;
}

bool PrioritisationView::addCriterion()
{
    const QString name = m_newCriterion->text().trimmed();
    if (name.isEmpty()) {
        refuse(tr("Tapez le nom du critère, puis Entrée."));
        return false;
    }
    int position = 0;
    for (const auto& c : m_criteriaList) {
        position = std::max(position, c.position + 1);
    }
    if (!m_session.editor().saveCriterion(m_session.meetingId(), tr("Nouveau critère"),
                                          {newId(), m_subgroupId, position, name, 1.0})) {
        return false;
    }
    m_newCriterion->clear();
    return true;
}

void PrioritisationView::removeSelectedCause()
{
    const QString id = m_scoreModel->idAt(m_scores->currentIndex());
    if (!id.isEmpty()) {
        m_session.editor().removePriorityItem(m_session.meetingId(), id);
    }
}

// --- chart -------------------------------------------------------------------------

void RankingChart::setBars(const QList<Bar>& bars)
{
    if (bars == m_bars) {
        return;
    }
    m_bars = bars;
    m_first = std::clamp(m_first, 0, int(std::max<qsizetype>(0, m_bars.size() - 1)));
    updateGeometry();
    update();
    announcePage();
}

void RankingChart::setWrapping(bool wrap)
{
    m_wrap = wrap;
    updateGeometry();
    update();
    announcePage();
}

void RankingChart::setFirstBar(int first)
{
    first = std::clamp(first, 0, int(std::max<qsizetype>(0, m_bars.size() - 1)));
    if (first != m_first) {
        m_first = first;
        update();
        announcePage();
    }
}

QSize RankingChart::sizeHint() const
{
    return {400, int(m_bars.size() + 1) * (fontMetrics().height() + 10) + 10};
}

int RankingChart::labelWidth(int width) const
{
    return width * (m_wrap ? 66 : 45) / 100;
}

int RankingChart::figuresWidth() const
{
    return m_wrap ? fontMetrics().horizontalAdvance(QStringLiteral("000 · 000,0")) + 12 : 64;
}

QList<int> RankingChart::rowHeights(int width) const
{
    QList<int> heights;
    const int fixed =
        std::max(fontMetrics().height() + 6,
                 std::min(40, (height() - 8) / int(std::max<qsizetype>(1, m_bars.size()))));
    for (const Bar& b : m_bars) {
        if (!m_wrap) {
            heights << fixed;
            continue;
        }
        QFont f = font();
        f.setBold(b.retained);
        const QRect text = QFontMetrics(f).boundingRect(
            QRect(0, 0, std::max(1, labelWidth(width) - 12), 100000), Qt::TextWordWrap, b.label);
        heights << text.height() + fontMetrics().height() / 3;
    }
    return heights;
}

int RankingChart::shownBars() const
{
    if (!m_wrap) {
        return int(m_bars.size());
    }
    const QList<int> heights = rowHeights(width());
    int room = height() - (fontMetrics().height() + 6);
    int shown = 0;
    for (qsizetype i = m_first; i < heights.size(); ++i) {
        room -= heights[i];
        if (room < 0 && shown > 0) {
            break;
        }
        ++shown;
    }
    return shown;
}

void RankingChart::announcePage()
{
    const QList<int> page{m_first, shownBars(), int(m_bars.size())};
    if (page != m_announced) {
        m_announced = page;
        emit pageChanged(page[0], page[1], page[2]);
    }
}

void RankingChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    announcePage();
}

void RankingChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (m_bars.isEmpty()) {
        return;
    }
    int most = 1;
    for (const Bar& b : m_bars) {
        most = std::max(most, b.dots);
    }
    const int labelWidth = this->labelWidth(width());
    const int figures = figuresWidth();
    const int barSpace = std::max(1, width() - labelWidth - figures - 6);
    const QList<int> heights = rowHeights(width());
    // Legend first: what the bar and the two figures are.
    p.setPen(palette().placeholderText().color());
    p.drawText(QRect(labelWidth, 2, width() - labelWidth - 4, fontMetrics().height()),
               Qt::AlignLeft | Qt::AlignVCenter, tr("gommettes · score pondéré"));
    int y = fontMetrics().height() + 6;
    const int first = m_wrap ? m_first : 0;
    const int last = m_wrap ? first + shownBars() : int(m_bars.size());
    for (int i = first; i < last; ++i) {
        const Bar& b = m_bars[i];
        const int rowHeight = heights[i];
        QFont f = font();
        f.setBold(b.retained);
        p.setFont(f);
        p.setPen(palette().text().color());
        const QRect label(6, y, labelWidth - 12, rowHeight);
        if (m_wrap) {
            p.drawText(label, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, b.label);
        } else {
            p.drawText(label, Qt::AlignVCenter | Qt::AlignLeft,
                       QFontMetrics(f).elidedText(b.label, Qt::ElideRight, labelWidth - 12));
        }
        const int length = b.dots * barSpace / most;
        const int barHeight =
            m_wrap ? std::min(rowHeight - 6, fontMetrics().height() * 3 / 2) : rowHeight - 6;
        const int barTop = y + (rowHeight - barHeight) / 2;
        p.fillRect(QRect(labelWidth, barTop, std::max(1, length), barHeight),
                   b.retained ? QColor(0x2e, 0x7d, 0x32) : QColor(0x90, 0xa4, 0xae));
        p.drawText(QRect(labelWidth + length + 6, y, figures, rowHeight), Qt::AlignVCenter,
                   QStringLiteral("%1 · %2").arg(b.dots).arg(scoreText(b.score)));
        y += rowHeight;
    }
}

} // namespace copil::gui
