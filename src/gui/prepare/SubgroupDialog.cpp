#include "SubgroupDialog.h"

#include "domain/MeetingData.h"
#include "session/Editor.h"
#include "session/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace copil::gui {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kBlockRole = Qt::UserRole + 1;
} // namespace

SubgroupDialog::SubgroupDialog(session::Session& session, const QString& subgroupId,
                               QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("subgroupDialog"));
    const domain::MeetingData& d = session.data();
    if (const auto* s = domain::findRow(d.subgroups, subgroupId)) {
        m_subgroup = *s;
    } else {
        m_new = true;
        m_subgroup.id = domain::newId();
        int number = 0;
        for (const auto& s : d.subgroups) {
            number = std::max(number, s.number);
        }
        m_subgroup.number = number + 1;
    }
    setWindowTitle(m_new ? tr("Ajouter un sous-groupe")
                         : tr("Sous-groupe %1 – %2").arg(m_subgroup.number).arg(m_subgroup.title));

    auto* layout = new QHBoxLayout(this);
    auto* left = new QFormLayout;
    m_number = new QSpinBox(this);
    m_number->setObjectName(QStringLiteral("subgroupNumberEdit"));
    m_number->setRange(1, 99);
    m_number->setValue(m_subgroup.number);
    left->addRow(tr("&Numéro :"), m_number);
    m_title = new QLineEdit(m_subgroup.title, this);
    m_title->setObjectName(QStringLiteral("subgroupTitleEdit"));
    left->addRow(tr("&Titre :"), m_title);
    m_framing = new QPlainTextEdit(m_subgroup.framing, this);
    m_framing->setObjectName(QStringLiteral("subgroupFramingEdit"));
    m_framing->setTabChangesFocus(true);
    left->addRow(tr("&Cadrage :"), m_framing);
    m_item = new QComboBox(this);
    m_item->setObjectName(QStringLiteral("subgroupItemCombo"));
    m_item->addItem(tr("(aucun)"), QString());
    for (const auto& item : d.agenda) {
        m_item->addItem(
            tr("%1 – %2 (piste « %3 »)")
                .arg(item.plannedStart.toString(QStringLiteral("HH:mm")), item.title, item.track),
            item.id);
    }
    m_item->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_item->setMinimumContentsLength(24);
    m_item->setCurrentIndex(std::max(0, m_item->findData(m_subgroup.agendaItemId)));
    left->addRow(tr("&Point de l’ordre du jour :"), m_item);
    m_rapporteur = new QComboBox(this);
    m_rapporteur->setObjectName(QStringLiteral("subgroupRapporteurCombo"));
    m_rapporteur->addItem(tr("(aucun)"), QString());
    m_members = new QListWidget(this);
    m_members->setObjectName(QStringLiteral("subgroupMembersList"));
    for (const auto& p : d.participants) {
        const QString text =
            p.organisation.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.organisation);
        m_rapporteur->addItem(text, p.id);
        auto* row = new QListWidgetItem(text, m_members);
        row->setData(kIdRole, p.id);
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        row->setCheckState(p.subgroupId == m_subgroup.id ? Qt::Checked : Qt::Unchecked);
    }
    m_rapporteur->setCurrentIndex(std::max(0, m_rapporteur->findData(m_subgroup.rapporteurId)));
    left->addRow(tr("&Rapporteur :"), m_rapporteur);
    left->addRow(tr("&Membres :"), m_members);
    if (d.participants.isEmpty()) {
        m_members->hide();
        auto* none = new QLabel(tr("Aucun participant pour l’instant : importez une liste de "
                                   "participants (volet Participants)."),
                                this);
        none->setWordWrap(true);
        left->addRow(none);
    }
    m_dots = new QSpinBox(this);
    m_dots->setObjectName(QStringLiteral("subgroupDotsEdit"));
    m_dots->setRange(0, 99);
    m_dots->setValue(m_subgroup.dotsPerMember);
    left->addRow(tr("&Gommettes par membre :"), m_dots);
    layout->addLayout(left, 1);

    auto* right = new QVBoxLayout;
    auto* questionsLabel = new QLabel(tr("&Questions pour guider les échanges, par bloc :"), this);
    m_questions = new QTreeWidget(this);
    m_questions->setObjectName(QStringLiteral("subgroupQuestionsTree"));
    questionsLabel->setBuddy(m_questions);
    m_questions->setHeaderHidden(true);
    m_questions->setEditTriggers(QAbstractItemView::DoubleClicked |
                                 QAbstractItemView::EditKeyPressed);
    m_questions->setWordWrap(true);
    m_questions->setTextElideMode(Qt::ElideRight);
    m_questions->setMinimumWidth(280);
    right->addWidget(questionsLabel);
    right->addWidget(m_questions, 1);
    QStringList blocks = m_subgroup.questionBlocks;
    int lastBlock = int(blocks.size());
    for (const auto& q : d.questions) {
        if (q.subgroupId == m_subgroup.id) {
            lastBlock = std::max(lastBlock, q.block);
        }
    }
    for (int b = 0; b < lastBlock; ++b) {
        newBlock(blocks.value(b), b);
    }
    for (const auto& q : d.questions) {
        if (q.subgroupId == m_subgroup.id) {
            QTreeWidgetItem* block = m_questions->topLevelItem(q.block - 1);
            newQuestion(block, q.id, q.text, block->childCount());
        }
    }
    m_questions->expandAll();
    auto* buttons = new QHBoxLayout;
    const auto button = [&](const QString& text, const char* name, auto slot) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1StringView(name));
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    button(tr("+ &Bloc"), "addBlockButton", [this] { addBlock(); });
    button(tr("+ Q&uestion"), "addQuestionButton", [this] { addQuestion(); });
    button(tr("Mon&ter"), "moveUpButton", [this] { moveCurrent(-1); });
    button(tr("Descen&dre"), "moveDownButton", [this] { moveCurrent(+1); });
    button(tr("Su&pprimer"), "removeQuestionButton", [this] { removeCurrent(); });
    right->addLayout(buttons);
    // From the keyboard, in the list: Insert adds a question, Ctrl+Up/Down move it.
    auto* insert = new QShortcut(QKeySequence(Qt::Key_Insert), m_questions);
    insert->setContext(Qt::WidgetShortcut);
    connect(insert, &QShortcut::activated, this, &SubgroupDialog::addQuestion);
    auto* up = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), m_questions);
    up->setContext(Qt::WidgetShortcut);
    connect(up, &QShortcut::activated, this, [this] { moveCurrent(-1); });
    auto* down = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), m_questions);
    down->setContext(Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] { moveCurrent(+1); });
    auto* del = new QShortcut(QKeySequence(Qt::Key_Delete), m_questions);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &SubgroupDialog::removeCurrent);
    // Causes and criteria are edited in the prioritisation: saved here first, then opened.
    auto* priorities = new QPushButton(tr("Éléments à prioriser et critères…"), this);
    priorities->setObjectName(QStringLiteral("openPrioritisationButton"));
    priorities->setAutoDefault(false);
    priorities->setToolTip(tr("Enregistre ce sous-groupe, puis ouvre sa priorisation, où se "
                              "modifient les éléments à prioriser et les critères"));
    connect(priorities, &QPushButton::clicked, this, [this] {
        m_wantsPrioritisation = true;
        accept();
        if (result() != QDialog::Accepted) {
            m_wantsPrioritisation = false;
        }
    });
    right->addWidget(priorities, 0, Qt::AlignLeft);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("subgroupError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    right->addWidget(m_error);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Save)->setText(tr("&Enregistrer"));
    box->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    connect(box, &QDialogButtonBox::accepted, this, &SubgroupDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    right->addWidget(box);
    layout->addLayout(right, 1);
    connect(m_title, &QLineEdit::textEdited, m_error, &QWidget::hide);
    // As large as a laptop's screen allows.
    const QRect screen =
        parent && parent->screen() ? parent->screen()->availableGeometry() : QRect(0, 0, 1280, 720);
    resize(std::min(1000, screen.width() - 40), std::min(620, screen.height() - 60));
}

QTreeWidgetItem* SubgroupDialog::newBlock(const QString& title, int at)
{
    auto* block = new QTreeWidgetItem;
    block->setText(0, title.isEmpty() ? tr("Bloc %1").arg(at + 1) : title);
    block->setData(0, kBlockRole, true);
    block->setFlags(block->flags() | Qt::ItemIsEditable);
    QFont bold = block->font(0);
    bold.setBold(true);
    block->setFont(0, bold);
    m_questions->insertTopLevelItem(at, block);
    return block;
}

QTreeWidgetItem* SubgroupDialog::newQuestion(QTreeWidgetItem* block, const QString& id,
                                             const QString& text, int at)
{
    auto* q = new QTreeWidgetItem;
    q->setText(0, text);
    q->setToolTip(0, text);
    q->setData(0, kIdRole, id);
    q->setFlags((q->flags() | Qt::ItemIsEditable) & ~Qt::ItemIsDropEnabled);
    block->insertChild(at, q);
    return q;
}

QTreeWidgetItem* SubgroupDialog::blockOf(QTreeWidgetItem* item) const
{
    if (!item) {
        return nullptr;
    }
    return item->parent() ? item->parent() : item;
}

void SubgroupDialog::addBlock()
{
    QTreeWidgetItem* current = blockOf(m_questions->currentItem());
    const int at =
        current ? m_questions->indexOfTopLevelItem(current) + 1 : m_questions->topLevelItemCount();
    QTreeWidgetItem* block = newBlock(tr("Nouveau bloc"), at);
    m_questions->setCurrentItem(block);
    m_questions->editItem(block);
}

void SubgroupDialog::addQuestion()
{
    QTreeWidgetItem* block = blockOf(m_questions->currentItem());
    if (!block) {
        block = m_questions->topLevelItemCount() > 0
                    ? m_questions->topLevelItem(m_questions->topLevelItemCount() - 1)
                    : newBlock(tr("Questions"), 0);
    }
    QTreeWidgetItem* current = m_questions->currentItem();
    const int at =
        current && current->parent() ? block->indexOfChild(current) + 1 : block->childCount();
    QTreeWidgetItem* q = newQuestion(block, domain::newId(), QString(), at);
    block->setExpanded(true);
    m_questions->setCurrentItem(q);
    m_questions->editItem(q);
}

void SubgroupDialog::moveCurrent(int direction)
{
    QTreeWidgetItem* item = m_questions->currentItem();
    if (!item) {
        return;
    }
    if (!item->parent()) {
        const int from = m_questions->indexOfTopLevelItem(item);
        const int to = from + direction;
        if (to < 0 || to >= m_questions->topLevelItemCount()) {
            return;
        }
        const bool expanded = item->isExpanded();
        m_questions->takeTopLevelItem(from);
        m_questions->insertTopLevelItem(to, item);
        item->setExpanded(expanded);
        m_questions->setCurrentItem(item);
        return;
    }
    QTreeWidgetItem* block = item->parent();
    const int from = block->indexOfChild(item);
    const int to = from + direction;
    if (to >= 0 && to < block->childCount()) {
        block->takeChild(from);
        block->insertChild(to, item);
    } else {
        // Across the edge of the block: the last of the previous one, the first of the next.
        const int b = m_questions->indexOfTopLevelItem(block) + direction;
        if (b < 0 || b >= m_questions->topLevelItemCount()) {
            return;
        }
        QTreeWidgetItem* other = m_questions->topLevelItem(b);
        block->takeChild(from);
        other->insertChild(direction < 0 ? other->childCount() : 0, item);
        other->setExpanded(true);
    }
    m_questions->setCurrentItem(item);
}

void SubgroupDialog::removeCurrent()
{
    QTreeWidgetItem* item = m_questions->currentItem();
    if (!item || (!item->parent() && item->childCount() > 0)) {
        if (item) {
            m_error->setText(tr("Ce bloc contient encore des questions : déplacez-les ou "
                                "supprimez-les d’abord."));
            m_error->show();
        }
        return;
    }
    delete item;
}

QString SubgroupDialog::problem() const
{
    if (m_title->text().trimmed().isEmpty()) {
        return tr("Titre : donnez un titre au sous-groupe.");
    }
    for (const auto& s : m_session.data().subgroups) {
        if (s.id != m_subgroup.id && s.number == m_number->value()) {
            return tr("Numéro : le sous-groupe %1 existe déjà (« %2 »).")
                .arg(s.number)
                .arg(s.title);
        }
    }
    for (int b = 0; b < m_questions->topLevelItemCount(); ++b) {
        QTreeWidgetItem* block = m_questions->topLevelItem(b);
        for (int i = 0; i < block->childCount(); ++i) {
            if (block->child(i)->text(0).trimmed().isEmpty()) {
                return tr("Questions : la question %1 du bloc « %2 » est vide ; écrivez-la ou "
                          "supprimez-la.")
                    .arg(i + 1)
                    .arg(block->text(0));
            }
        }
    }
    return {};
}

void SubgroupDialog::accept()
{
    if (const QString p = problem(); !p.isEmpty()) {
        m_error->setText(p);
        m_error->show();
        return;
    }
    const domain::MeetingData& d = m_session.data();
    const QString meetingId = m_session.meetingId();
    session::Editor& editor = m_session.editor();
    domain::Subgroup s = m_subgroup;
    s.number = m_number->value();
    s.title = m_title->text().trimmed();
    s.framing = m_framing->toPlainText();
    s.agendaItemId = m_item->currentData().toString();
    s.rapporteurId = m_rapporteur->currentData().toString();
    s.dotsPerMember = m_dots->value();
    s.questionBlocks.clear();
    for (int b = 0; b < m_questions->topLevelItemCount(); ++b) {
        s.questionBlocks << m_questions->topLevelItem(b)->text(0).trimmed();
    }
    // The rapporteur is one of the members.
    if (!s.rapporteurId.isEmpty()) {
        for (int i = 0; i < m_members->count(); ++i) {
            if (m_members->item(i)->data(kIdRole).toString() == s.rapporteurId) {
                m_members->item(i)->setCheckState(Qt::Checked);
            }
        }
    }
    const QString text = m_new ? tr("Ajout du sous-groupe %1 – %2").arg(s.number).arg(s.title)
                               : tr("Sous-groupe %1 – %2 modifié").arg(s.number).arg(s.title);
    bool ok = true;
    editor.beginStep(text);
    if (!(s == m_subgroup) || m_new) {
        ok = editor.saveSubgroup(meetingId, text, s);
    }
    for (int i = 0; ok && i < m_members->count(); ++i) {
        const QString id = m_members->item(i)->data(kIdRole).toString();
        const domain::Participant* p = domain::findRow(d.participants, id);
        if (!p) {
            continue;
        }
        const bool member = m_members->item(i)->checkState() == Qt::Checked;
        domain::Participant changed = *p;
        if (member) {
            changed.subgroupId = s.id;
        } else if (p->subgroupId == s.id) {
            changed.subgroupId.clear();
        }
        const bool rapporteur = member && id == s.rapporteurId;
        if (!(changed == *p) || rapporteur != (m_subgroup.rapporteurId == id)) {
            ok = editor.updateParticipant(meetingId, text, changed, rapporteur);
        }
    }
    // Questions: saved in their new block and place, the ones taken out removed.
    QSet<QString> kept;
    for (int b = 0; ok && b < m_questions->topLevelItemCount(); ++b) {
        QTreeWidgetItem* block = m_questions->topLevelItem(b);
        for (int i = 0; ok && i < block->childCount(); ++i) {
            const QString id = block->child(i)->data(0, kIdRole).toString();
            kept.insert(id);
            const domain::GuidingQuestion* old = domain::findRow(d.questions, id);
            domain::GuidingQuestion q = old ? *old : domain::GuidingQuestion{};
            q.id = id;
            q.subgroupId = s.id;
            q.block = b + 1;
            q.position = i;
            q.text = block->child(i)->text(0).trimmed();
            if (!old || !(q == *old)) {
                ok = editor.saveQuestion(meetingId, text, q);
            }
        }
    }
    for (const auto& q : d.questions) {
        if (ok && q.subgroupId == s.id && !kept.contains(q.id)) {
            ok = editor.removeQuestion(meetingId, q.id);
        }
    }
    editor.endStep();
    if (!ok) {
        m_error->setText(tr("Tout n’a pas été enregistré ; voir le message de la fenêtre. "
                            "Édition › Annuler revient à l’état d’avant."));
        m_error->show();
        return;
    }
    QDialog::accept();
}

bool SubgroupDialog::ask(session::Session& session, const QString& subgroupId, QWidget* parent)
{
    if (!session.hasMeeting()) {
        return false;
    }
    SubgroupDialog dialog(session, subgroupId, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace copil::gui
