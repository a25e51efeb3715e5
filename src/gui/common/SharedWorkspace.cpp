#include "SharedWorkspace.h"

#include "session/Editor.h"
#include "session/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace copil::gui {

ServerDialog::ServerDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Ouvrir un espace partagé"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Un espace de travail partagé est une base PostgreSQL sur un "
                                "serveur de votre organisation. Le mot de passe est lu dans "
                                "~/.pgpass, ou demandé s’il le faut ; Copil ne le garde pas."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setPlaceholderText(tr("serveur.exemple.fr, ou un dossier de socket"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(QStringLiteral("copil"), this);
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_user->setPlaceholderText(tr("votre nom d’utilisateur sur le serveur"));
    form->addRow(tr("&Serveur :"), m_host);
    form->addRow(tr("&Port :"), m_port);
    form->addRow(tr("&Base :"), m_database);
    form->addRow(tr("&Utilisateur :"), m_user);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Open)
            ->setEnabled(!m_database->text().trimmed().isEmpty());
    };
    connect(m_database, &QLineEdit::textChanged, this, update);
    update();
}

void ServerDialog::setUri(const QString& uri)
{
    const auto a = storage::ServerAddress::parse(uri);
    if (!a) {
        return;
    }
    m_host->setText(a.value().host);
    m_port->setValue(a.value().port > 0 ? a.value().port : 5432);
    m_database->setText(a.value().database);
    m_user->setText(a.value().user);
}

QString ServerDialog::uri() const
{
    storage::ServerAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value() == 5432 ? 0 : m_port->value();
    a.database = m_database->text().trimmed();
    a.user = m_user->text().trimmed();
    return a.uri();
}

storage::Result<std::unique_ptr<storage::Workspace>>
ServerDialog::open(const QString& uri, QWidget* parent, storage::Workspace::Options options)
{
    auto opened = storage::Workspace::open(uri, options);
    // The server wants a password libpq could not find: asked once, tried, never kept.
    for (int attempt = 0; attempt < 3 && !opened && opened.fault() == domain::Fault::Denied;
         ++attempt) {
        bool ok = false;
        const QString password = QInputDialog::getText(
            parent, tr("Mot de passe"),
            tr("%1\n\nMot de passe pour %2 :")
                .arg(opened.error(), storage::ServerAddress::parse(uri).value().describe()),
            QLineEdit::Password, QString(), &ok);
        if (!ok) {
            return domain::Error{QString(), domain::Fault::Denied};
        }
        options.password = password;
        opened = storage::Workspace::open(uri, options);
    }
    return opened;
}

ConflictDialog::ConflictDialog(const session::Conflict& conflict, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Modifié par quelqu’un d’autre"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(tr("« %1 » : quelqu’un d’autre a enregistré le même élément pendant "
                               "que vous le modifiiez. Voici les deux versions ; choisissez "
                               "celle à garder.")
                                .arg(conflict.text),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* table = new QTableWidget(int(conflict.fields.size()), 3, this);
    table->setObjectName(QStringLiteral("conflictFields"));
    table->setHorizontalHeaderLabels({tr("Champ"), tr("Votre version"), tr("L’autre version")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (int i = 0; i < conflict.fields.size(); ++i) {
        const auto& f = conflict.fields[i];
        table->setItem(i, 0, new QTableWidgetItem(label(f.column)));
        table->setItem(i, 1, new QTableWidgetItem(f.mine));
        table->setItem(i, 2, new QTableWidgetItem(f.theirs));
    }
    table->resizeRowsToContents();
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(this);
    auto* mine = buttons->addButton(tr("Garder &ma version"), QDialogButtonBox::AcceptRole);
    mine->setObjectName(QStringLiteral("keepMine"));
    auto* theirs = buttons->addButton(tr("Garder l’&autre version"), QDialogButtonBox::RejectRole);
    theirs->setObjectName(QStringLiteral("keepTheirs"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 320);
}

QString ConflictDialog::label(const QString& column)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("text"), tr("Texte")},
        {QStringLiteral("title"), tr("Titre")},
        {QStringLiteral("description"), tr("Description")},
        {QStringLiteral("debate"), tr("Débat")},
        {QStringLiteral("name"), tr("Nom")},
        {QStringLiteral("kind"), tr("Nature")},
        {QStringLiteral("status"), tr("Statut")},
        {QStringLiteral("position"), tr("Place")},
        {QStringLiteral("framing"), tr("Cadrage")},
        {QStringLiteral("organisation"), tr("Organisation")},
        {QStringLiteral("attendance"), tr("Présence")},
        {QStringLiteral("what"), tr("Action")},
        {QStringLiteral("planned_start"), tr("Début prévu")},
        {QStringLiteral("planned_end"), tr("Fin prévue")},
        {QStringLiteral("next_step"), tr("Prochaine étape")},
        {QStringLiteral("progress"), tr("Avancement")},
        {QStringLiteral("updated_at"), tr("Modifié le")}};
    return labels.value(column, column);
}

bool ServerDialog::openInto(session::Session& session, const QString& uri, QWidget* parent,
                            QSettings* settings)
{
    auto opened = open(uri, parent, {.dailyBackup = true});
    if (!opened) {
        if (!opened.error().isEmpty()) {
            QMessageBox::warning(parent, tr("Copil"), opened.error());
        }
        return false;
    }
    if (settings) {
        settings->setValue(QStringLiteral("server/last"), opened.value()->path()); // no password
    }
    session.setWorkspace(std::move(opened).value());
    return true;
}

void ServerDialog::ask(session::Session& session, QWidget* parent, QSettings* settings)
{
    ServerDialog dialog(parent);
    const QString last =
        settings ? settings->value(QStringLiteral("server/last")).toString() : QString();
    dialog.setUri(session.workspace().isShared() ? session.workspace().path() : last);
    if (dialog.exec() == QDialog::Accepted) {
        openInto(session, dialog.uri(), parent, settings);
    }
}

void ConflictDialog::ask(session::Session& session, QWidget* parent)
{
    if (!session.editor().hasConflict()) {
        return;
    }
    // One question at a time: a cell's editor leaving for the dialog saves once more and
    // meets the same conflict again; the dialog already open gives way to the newer one
    // (the editor keeps only the latest), its choice never applied.
    if (parent) {
        for (ConflictDialog* open : parent->findChildren<ConflictDialog*>()) {
            QObject::disconnect(open, &QDialog::finished, &session, nullptr);
            open->close();
        }
    }
    // Window-modal, without blocking: the other windows and the clock go on.
    auto* dialog = new ConflictDialog(session.editor().conflict(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, &session, [&session](int result) {
        if (result == QDialog::Accepted) {
            if (session.editor().keepMine()) {
                emit session.notice(tr("Votre version est enregistrée."));
            }
        } else {
            session.editor().keepTheirs();
            emit session.notice(tr("L’autre version est gardée."));
        }
    });
    dialog->open();
}

} // namespace copil::gui
