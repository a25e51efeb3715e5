#pragma once

#include "domain/AgendaItem.h"
#include "domain/Schedule.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace copil::session {
class Session;
}

namespace copil::gui {

struct Draft;
class TypingSaver;

/// The selected agenda item: its times as planned, forecast and actual, its live
/// clock, and its description, which is saved as it is typed (TypingSaver: after a short
/// pause and at the latest within a second, when the field loses focus, and when the
/// window closes).
class ItemDetailsPane : public QWidget {
    Q_OBJECT

public:
    explicit ItemDetailsPane(session::Session& session, QWidget* parent = nullptr);

    /// Shows an item (or nothing when item is null). Pending typing for another item is
    /// saved first.
    void showItem(const domain::AgendaItem* item, const domain::Forecast& forecast,
                  const QDateTime& now);
    QString itemId() const { return m_itemId; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QString summaryText() const;
    /// Saves what is being typed now.
    void flush();
    /// Saves again a description whose save failed; true when nothing is left unsaved.
    bool retry();
    /// A description whose save failed, for the emergency file.
    QList<Draft> drafts() const;

signals:
    void pendingChanged(bool pending);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void save(const QString& itemId, const QString& text, int basedOn);
    void saveTyped();
    /// Shows the stored description again once a conflict is settled.
    void conflictSettled();

    session::Session& m_session;
    QString m_itemId;
    /// A description whose save failed: kept in the field (not refreshed from the
    /// stored text) and tried again by retry().
    struct Unsaved {
        QString itemId;
        QString text;
        int basedOn;
    };
    std::optional<Unsaved> m_unsaved;
    bool m_pending = false;
    bool m_loading = false;
    /// The stored version (row revision) of the description the field's text started
    /// from: a save is based on it, so that what someone else saved meanwhile, though
    /// already read into the session, is a conflict shown to the person, never overwritten.
    int m_basedOn = 0;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QPlainTextEdit* m_description = nullptr;
    TypingSaver* m_typing = nullptr;
};

} // namespace copil::gui
