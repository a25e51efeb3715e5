#include "PrioritisationView.h"

#include "Editor.h"
#include "SolutionsView.h"
#include "domain/Clock.h"
#include "domain/Prioritisation.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace copil::gui {

using namespace domain;

namespace {

constexpr int kItemRole = Qt::UserRole;

QTableWidget* makeTable()
{
    auto* t = new QTableWidget;
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectItems);
    t->setEditTriggers(QAbstractItemView::AllEditTriggers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}

// Sets a cell in place: the item is kept when it exists, for a refresh can come while
// one of the table's items is being edited (its change was just saved).
QTableWidgetItem* cell(QTableWidget* table, int row, int column, const QString& text, bool editable)
{
    QTableWidgetItem* c = table->item(row, column);
    if (!c) {
        c = new QTableWidgetItem;
        table->setItem(row, column, c);
    }
    if (c->text() != text) {
        c->setText(text);
    }
    const Qt::ItemFlags flags =
        editable ? (c->flags() | Qt::ItemIsEditable) : (c->flags() & ~Qt::ItemIsEditable);
    if (flags != c->flags()) {
        c->setFlags(flags);
    }
    return c;
}

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

} // namespace

PrioritisationView::PrioritisationView(Editor* editor, const Clock* clock, QWidget* parent)
    : QWidget(parent), m_editor(editor), m_clock(clock)
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
        if (m_loading || !m_editor || value == m_subgroup.dotsPerMember) {
            return;
        }
        Subgroup changed = m_subgroup;
        changed.dotsPerMember = value;
        m_editor->updateSubgroup(m_data.meeting.id, tr("%n gommette(s) par membre", nullptr, value),
                                 changed);
    });

    m_scores = makeTable();
    m_scores->setObjectName(QStringLiteral("scores"));
    m_scores->setToolTip(tr("Notes de 1 à 5 par critère ; cochez les causes que le groupe "
                            "retient, puis confirmez."));
    connect(m_scores, &QTableWidget::itemChanged, this, &PrioritisationView::scoreEdited);
    m_dots = makeTable();
    m_dots->setObjectName(QStringLiteral("dots"));
    m_dots->setToolTip(tr("Gommettes posées par chaque membre présent, ou comptées sur le "
                          "papier (colonne Papier)."));
    connect(m_dots, &QTableWidget::itemChanged, this, &PrioritisationView::dotsEdited);
    m_criteria = makeTable();
    m_criteria->setObjectName(QStringLiteral("criteria"));
    m_criteria->setColumnCount(2);
    m_criteria->setHorizontalHeaderLabels({tr("Critère"), tr("Poids")});
    m_criteria->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_criteria, &QTableWidget::itemChanged, this, &PrioritisationView::criterionEdited);
    m_chart = new RankingChart;

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

    auto* bottom = new QHBoxLayout;
    m_selection = new QLabel;
    m_selection->setWordWrap(true);
    m_confirm = new QPushButton(tr("Confirmer la sélection"));
    m_confirm->setToolTip(tr("Enregistre les causes cochées comme choix du groupe, avec l’heure"));
    connect(m_confirm, &QPushButton::clicked, this, &PrioritisationView::confirmSelection);
    bottom->addWidget(m_selection, 1);
    bottom->addWidget(m_confirm);
    layout->addLayout(bottom);

    m_solutions = new SolutionsView(editor);
    connect(m_solutions, &SolutionsView::failed, this, &PrioritisationView::failed);
    auto* tabs = new QTabWidget;
    tabs->addTab(page, tr("Priorisation"));
    tabs->addTab(m_solutions, tr("Solutions"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(tabs);
}

bool PrioritisationView::isEmpty() const
{
    return m_items.isEmpty() && m_criteriaList.isEmpty();
}

int PrioritisationView::weightedColumn() const
{
    return FirstCriterionColumn + int(m_criteriaList.size());
}

int PrioritisationView::retainedColumn() const
{
    return weightedColumn() + 2;
}

void PrioritisationView::setContent(const MeetingData& data, const QString& subgroupIdRef)
{
    const QString subgroupId = subgroupIdRef; // may be m_subgroup.id, reset below
    m_loading = true;
    m_data = data;
    m_subgroup = {};
    for (const auto& s : data.subgroups) {
        if (s.id == subgroupId) {
            m_subgroup = s;
        }
    }
    m_items.clear();
    for (const auto& i : data.priorityItems) {
        if (i.subgroupId == subgroupId) {
            m_items << i;
        }
    }
    m_criteriaList.clear();
    for (const auto& c : data.criteria) {
        if (c.subgroupId == subgroupId) {
            m_criteriaList << c;
        }
    }
    m_voters = DotRules::voters(data, subgroupId);
    m_dotsPerMember->setValue(m_subgroup.dotsPerMember);

    const auto current = currentSelection(data, subgroupId);
    const int revision = current ? current->revision : 0;
    if (revision != m_shownRevision) {
        m_ticked = current ? QSet<QString>(current->itemIds.cbegin(), current->itemIds.cend())
                           : QSet<QString>{};
        m_shownRevision = revision;
    }
    const auto standings = rankItems(data, subgroupId);
    QHash<QString, ItemStanding> standingOf;
    for (const auto& st : standings) {
        standingOf.insert(st.itemId, st);
    }
    QHash<std::pair<QString, QString>, int> scores;
    for (const auto& s : data.scores) {
        scores.insert({s.itemId, s.criterionId}, s.score);
    }
    QHash<std::pair<QString, QString>, int> dots;
    for (const auto& v : data.dotVotes) {
        dots.insert({v.itemId, v.participantId}, v.count);
    }

    // Scores and ranking, in the order of the list.
    QStringList headers{tr("Cause"), tr("Gommettes")};
    for (qsizetype i = 0; i < m_criteriaList.size(); ++i) {
        headers << tr("C%1").arg(i + 1);
    }
    headers << tr("Score pondéré") << tr("Rang") << tr("Retenue");
    m_scores->setColumnCount(int(headers.size()));
    m_scores->setRowCount(int(m_items.size()));
    m_scores->setHorizontalHeaderLabels(headers);
    for (qsizetype i = 0; i < m_criteriaList.size(); ++i) {
        m_scores->horizontalHeaderItem(FirstCriterionColumn + int(i))
            ->setToolTip(
                tr("%1 (poids %2)")
                    .arg(m_criteriaList[i].name, QLocale().toString(m_criteriaList[i].weight)));
    }
    m_scores->horizontalHeader()->setSectionResizeMode(CauseColumn, QHeaderView::Stretch);
    for (int r = 0; r < m_items.size(); ++r) {
        const PriorityItem& item = m_items[r];
        const ItemStanding st = standingOf.value(item.id);
        auto* cause = cell(m_scores, r, CauseColumn, item.text, true);
        cause->setData(kItemRole, item.id);
        cause->setToolTip(item.text);
        cell(m_scores, r, DotsColumn, QString::number(st.dots), false);
        for (int c = 0; c < m_criteriaList.size(); ++c) {
            const int sc = scores.value({item.id, m_criteriaList[c].id});
            cell(m_scores, r, FirstCriterionColumn + c, sc > 0 ? QString::number(sc) : QString(),
                 true);
        }
        cell(m_scores, r, weightedColumn(),
             st.scoredCriteria > 0 ? scoreText(st.weightedScore) : QString(), false);
        cell(m_scores, r, weightedColumn() + 1, QString::number(st.rank), false);
        auto* retained = cell(m_scores, r, retainedColumn(), QString(), false);
        retained->setFlags(retained->flags() | Qt::ItemIsUserCheckable);
        retained->setCheckState(m_ticked.contains(item.id) ? Qt::Checked : Qt::Unchecked);
    }

    // Dots: one column per member who may vote, and one for the paper tally.
    QStringList dotHeaders{tr("Cause")};
    for (const auto& p : m_voters) {
        dotHeaders << p.name;
    }
    dotHeaders << tr("Papier");
    m_dots->setColumnCount(int(dotHeaders.size()));
    m_dots->setRowCount(int(m_items.size()));
    m_dots->setHorizontalHeaderLabels(dotHeaders);
    m_dots->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int r = 0; r < m_items.size(); ++r) {
        cell(m_dots, r, 0, m_items[r].text, false)->setToolTip(m_items[r].text);
        for (int c = 0; c <= m_voters.size(); ++c) {
            const QString who = c < m_voters.size() ? m_voters[c].id : QString();
            const int n = dots.value({m_items[r].id, who});
            cell(m_dots, r, c + 1, n > 0 ? QString::number(n) : QString(), true);
        }
    }
    QStringList left;
    for (const auto& p : m_voters) {
        left << tr("%1 : %2").arg(p.name).arg(m_subgroup.dotsPerMember -
                                              DotRules::dotsPlaced(data, subgroupId, p.id));
    }
    m_dotsInfo->setText(m_voters.isEmpty()
                            ? tr("Aucun membre présent pointé : comptez les gommettes du papier.")
                            : tr("Reste à placer — %1").arg(left.join(u" · ")));

    m_criteria->setRowCount(int(m_criteriaList.size()));
    for (int r = 0; r < m_criteriaList.size(); ++r) {
        cell(m_criteria, r, 0, tr("C%1 : %2").arg(r + 1).arg(m_criteriaList[r].name), false);
        cell(m_criteria, r, 1, QLocale().toString(m_criteriaList[r].weight), true);
    }

    QList<RankingChart::Bar> bars;
    for (const auto& st : standings) {
        for (const auto& item : m_items) {
            if (item.id == st.itemId) {
                bars << RankingChart::Bar{tr("%1. %2").arg(st.rank).arg(item.text), st.dots,
                                          st.weightedScore,
                                          current && current->itemIds.contains(item.id)};
            }
        }
    }
    m_chart->setBars(bars);
    m_solutions->setContent(data, subgroupId);

    if (current) {
        QStringList names;
        for (const QString& id : current->itemIds) {
            for (const auto& item : m_items) {
                if (item.id == id) {
                    names << shorten(item.text, 70);
                }
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
    m_loading = false;
}

QString PrioritisationView::selectionText() const
{
    return m_selection->text();
}

QString PrioritisationView::dotsText() const
{
    return m_dotsInfo->text();
}

void PrioritisationView::dotsEdited(QTableWidgetItem* c)
{
    if (m_loading || !m_editor || c->column() == 0 || c->row() >= m_items.size()) {
        return;
    }
    const QString itemId = m_items[c->row()].id;
    const int column = c->column() - 1;
    const QString who = column < m_voters.size() ? m_voters[column].id : QString();
    bool ok = true;
    const int count = c->text().trimmed().isEmpty() ? 0 : c->text().trimmed().toInt(&ok);
    const QString why = ok ? DotRules::whyRefused(m_data, itemId, who, count)
                           : tr("« %1 » n’est pas un nombre de gommettes.").arg(c->text());
    if (!why.isEmpty()) {
        emit failed(why);
        setContent(m_data, m_subgroup.id); // back to what is stored
        return;
    }
    m_editor->setDots(m_data.meeting.id, itemId, who, count);
}

void PrioritisationView::scoreEdited(QTableWidgetItem* c)
{
    if (m_loading || !m_editor || c->row() >= m_items.size()) {
        return;
    }
    PriorityItem item = m_items[c->row()];
    if (c->column() == CauseColumn) {
        item.text = c->text().trimmed();
        if (item.text.isEmpty()) {
            emit failed(tr("Une cause ne peut pas être vide."));
            setContent(m_data, m_subgroup.id);
            return;
        }
        m_editor->savePriorityItem(m_data.meeting.id, tr("Cause modifiée"), item);
        return;
    }
    if (c->column() == retainedColumn()) {
        if (c->checkState() == Qt::Checked) {
            m_ticked.insert(item.id);
        } else {
            m_ticked.remove(item.id);
        }
        return;
    }
    const int criterion = c->column() - FirstCriterionColumn;
    if (criterion < 0 || criterion >= m_criteriaList.size()) {
        return;
    }
    bool ok = true;
    const int score = c->text().trimmed().isEmpty() ? 0 : c->text().trimmed().toInt(&ok);
    if (!ok || score < 0 || score > kScoreMax || (score > 0 && score < kScoreMin)) {
        emit failed(tr("Une note va de %1 à %2 (« %3 » refusé).")
                        .arg(kScoreMin)
                        .arg(kScoreMax)
                        .arg(c->text()));
        setContent(m_data, m_subgroup.id);
        return;
    }
    m_editor->setScore(m_data.meeting.id, item.id, m_criteriaList[criterion].id, score);
}

void PrioritisationView::criterionEdited(QTableWidgetItem* c)
{
    if (m_loading || !m_editor || c->column() != 1 || c->row() >= m_criteriaList.size()) {
        return;
    }
    bool ok = false;
    const double weight = QLocale().toDouble(c->text().trimmed(), &ok);
    Criterion criterion = m_criteriaList[c->row()];
    if (!ok || weight < 0 || weight > 100) {
        emit failed(tr("Un poids est un nombre entre 0 et 100 (« %1 » refusé).").arg(c->text()));
        setContent(m_data, m_subgroup.id);
        return;
    }
    criterion.weight = weight;
    m_editor->updateCriterion(m_data.meeting.id, tr("Poids de « %1 »").arg(criterion.name),
                              criterion);
}

bool PrioritisationView::confirmSelection()
{
    if (!m_editor || m_subgroup.id.isEmpty()) {
        return false;
    }
    QStringList chosen;
    for (const auto& item : m_items) {
        if (m_ticked.contains(item.id)) {
            chosen << item.id;
        }
    }
    const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTime();
    return m_editor->confirmSelection(m_data.meeting.id,
                                      nextSelection(m_data, m_subgroup.id, chosen, now));
}

bool PrioritisationView::addCause()
{
    const QString text = m_newCause->text().trimmed();
    if (text.isEmpty() || !m_editor || m_subgroup.id.isEmpty()) {
        return false;
    }
    int position = 0;
    for (const auto& item : m_items) {
        position = std::max(position, item.position + 1);
    }
    if (!m_editor->savePriorityItem(m_data.meeting.id, tr("Nouvelle cause"),
                                    {newId(), m_subgroup.id, position, text})) {
        return false;
    }
    m_newCause->clear();
    return true;
}

bool PrioritisationView::addCriterion()
{
    const QString name = m_newCriterion->text().trimmed();
    if (name.isEmpty() || !m_editor || m_subgroup.id.isEmpty()) {
        return false;
    }
    int position = 0;
    for (const auto& c : m_criteriaList) {
        position = std::max(position, c.position + 1);
    }
    if (!m_editor->saveCriterion(m_data.meeting.id, tr("Nouveau critère"),
                                 {newId(), m_subgroup.id, position, name, 1.0})) {
        return false;
    }
    m_newCriterion->clear();
    return true;
}

void PrioritisationView::removeSelectedCause()
{
    const int row = m_scores->currentRow();
    if (m_editor && row >= 0 && row < m_items.size()) {
        m_editor->removePriorityItem(m_data.meeting.id, m_items[row].id);
    }
}

// --- chart -------------------------------------------------------------------------

void RankingChart::setBars(const QList<Bar>& bars)
{
    m_bars = bars;
    updateGeometry();
    update();
}

QSize RankingChart::sizeHint() const
{
    return {400, int(m_bars.size() + 1) * (fontMetrics().height() + 10) + 10};
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
    const int rowHeight =
        std::max(fontMetrics().height() + 6, std::min(40, (height() - 8) / int(m_bars.size())));
    const int labelWidth = width() * 45 / 100;
    const int barSpace = width() - labelWidth - 70;
    // Legend first: what the bar and the two figures are.
    p.setPen(palette().placeholderText().color());
    p.drawText(QRect(labelWidth, 2, width() - labelWidth - 4, fontMetrics().height()),
               Qt::AlignLeft | Qt::AlignVCenter, tr("gommettes · score pondéré"));
    int y = fontMetrics().height() + 6;
    for (const Bar& b : m_bars) {
        QFont f = font();
        f.setBold(b.retained);
        p.setFont(f);
        p.setPen(palette().text().color());
        p.drawText(QRect(6, y, labelWidth - 12, rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   QFontMetrics(f).elidedText(b.label, Qt::ElideRight, labelWidth - 12));
        const int length = b.dots * barSpace / most;
        p.fillRect(QRect(labelWidth, y + 3, std::max(1, length), rowHeight - 6),
                   b.retained ? QColor(0x2e, 0x7d, 0x32) : QColor(0x90, 0xa4, 0xae));
        p.drawText(QRect(labelWidth + length + 6, y, 64, rowHeight), Qt::AlignVCenter,
                   QStringLiteral("%1 · %2").arg(b.dots).arg(scoreText(b.score)));
        y += rowHeight;
    }
}

} // namespace copil::gui
