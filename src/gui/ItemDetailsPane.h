#pragma once

#include "domain/AgendaItem.h"
#include "domain/Schedule.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace copil::gui {

/// The selected agenda item: its times as planned, forecast and actual, its live
/// clock, and its description, which is saved as it is typed (after a short pause, when
/// the field loses focus, and when the window closes).
class ItemDetailsPane : public QWidget {
    Q_OBJECT

public:
    static constexpr int kTypingPauseMs = 700;

    explicit ItemDetailsPane(QWidget* parent = nullptr);

    /// Shows an item (or nothing when item is null). Pending typing for another item is
    /// saved first.
    void showItem(const domain::AgendaItem* item, const domain::Forecast& forecast,
                  const QDateTime& now);
    QString itemId() const { return m_itemId; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QString summaryText() const;
    /// Saves what is being typed now.
    void flush();
    /// The save of itemId's text failed: the field keeps it and is not refreshed from the
    /// stored text until clearPending().
    void keepPending(const QString& itemId);
    /// itemId's text is saved: the field follows the stored text again if it still shows it.
    void clearPending(const QString& itemId, const QString& savedText);

signals:
    void descriptionEdited(const QString& itemId, const QString& text);
    void pendingChanged(bool pending);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString m_itemId;
    bool m_pending = false;
    bool m_loading = false;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QTimer* m_typing = nullptr;
};

} // namespace copil::gui
