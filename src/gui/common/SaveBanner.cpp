#include "SaveBanner.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace copil::gui {

SaveBanner::SaveBanner(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("saveBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("saveBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    m_retry = new QPushButton(tr("Réessayer maintenant"), this);
    m_retry->setObjectName(QStringLiteral("saveBannerRetry"));
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &SaveBanner::retryRequested);
    m_timer = new QTimer(this);
    m_timer->setInterval(kRetryMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_written && !m_emergency.isEmpty()) {
            writeEmergency();
        }
        emit retryRequested();
    });
    hide();
}

QString SaveBanner::emergencyFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/secours");
}

void SaveBanner::showReadOnly(const QString& reason)
{
    m_trouble = false;
    m_timer->stop();
    m_retry->hide();
    setStyleSheet(
        QStringLiteral("#saveBanner { background: #fff4d6; border: 1px solid #d9a400; }"));
    m_label->setText(reason);
    show();
}

void SaveBanner::reportFailure(storage::Fault fault, const QString& message,
                               const QString& workspacePath, const QList<Draft>& drafts)
{
    const bool newEpisode = !m_trouble;
    m_trouble = true;
    m_fault = fault;
    m_message = message;
    if (newEpisode) {
        m_emergencyPath =
            QDir(emergencyFolder())
                .filePath(QFileInfo(workspacePath).completeBaseName() + u'-' +
                          QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                          QStringLiteral(".txt"));
    }
    QList<Draft> kept;
    for (const Draft& d : drafts) {
        if (!d.text.trimmed().isEmpty()) {
            kept << d;
        }
    }
    if (!kept.isEmpty()) {
        // The latest drafts replace the earlier ones of the same episode: they contain them.
        QString content =
            tr("Copil – texte non enregistré\nEspace de travail : %1\nLe %2\n"
               "Raison : %3\n")
                .arg(QDir::toNativeSeparators(workspacePath),
                     QDateTime::currentDateTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")),
                     message);
        for (const Draft& d : kept) {
            content += u"\n--- " + d.what + u" ---\n" + d.text + u'\n';
        }
        m_emergency = content.toUtf8();
        m_written = false;
        writeEmergency();
    }
    setStyleSheet(
        QStringLiteral("#saveBanner { background: #fde2e1; border: 1px solid #c62828; }"));
    m_retry->show();
    m_timer->start();
    updateText();
    show();
}

void SaveBanner::resolved()
{
    if (!m_trouble) {
        return;
    }
    // The emergency copy is written before going, if it still can be.
    if (!m_written && !m_emergency.isEmpty()) {
        writeEmergency();
    }
    m_trouble = false;
    m_timer->stop();
    m_emergency.clear();
    hide();
}

QString SaveBanner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

bool SaveBanner::writeEmergency()
{
    QDir().mkpath(emergencyFolder());
    QSaveFile file(m_emergencyPath);
    m_written = file.open(QIODevice::WriteOnly) && file.write(m_emergency) == m_emergency.size() &&
                file.commit();
    if (m_trouble) {
        updateText();
    }
    return m_written;
}

void SaveBanner::updateText()
{
    QString why;
    switch (m_fault) {
    case storage::Fault::Offline:
        why = tr("⚠ Le serveur de l’espace partagé ne répond plus (redémarrage, réseau coupé) : "
                 "vos modifications sont gardées et seront enregistrées dès son retour, qui "
                 "est guetté sans arrêt.");
        break;
    case storage::Fault::Full:
        why = tr("⚠ Le disque est plein : la dernière modification n’est pas enregistrée. "
                 "Libérez de la place : l’enregistrement reprendra de lui-même.");
        break;
    case storage::Fault::Busy:
        why = tr("⚠ L’espace de travail est verrouillé par un autre programme : la dernière "
                 "modification n’est pas enregistrée. Nouvel essai toutes les %n seconde(s).",
                 nullptr, kRetryMs / 1000);
        break;
    default:
        why = tr("⚠ Le disque a refusé l’écriture : la dernière modification n’est pas "
                 "enregistrée. Nouvel essai toutes les %n seconde(s).",
                 nullptr, kRetryMs / 1000);
        break;
    }
    QString kept;
    if (m_written) {
        kept = tr("Ce que vous tapiez reste à l’écran ; une copie est dans %1.")
                   .arg(QDir::toNativeSeparators(m_emergencyPath));
    } else if (!m_emergency.isEmpty()) {
        kept = tr("Ce que vous tapiez reste à l’écran ; sa copie de secours sera écrite dans %1 "
                  "dès que possible.")
                   .arg(QDir::toNativeSeparators(emergencyFolder()));
    } else {
        kept = tr("Ce qui était déjà enregistré est intact.");
    }
    m_label->setText(why + u'\n' + kept);
    m_label->setToolTip(m_message);
}

} // namespace copil::gui
