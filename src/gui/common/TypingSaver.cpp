#include "TypingSaver.h"

#include <QTimer>

namespace copil::gui {

TypingSaver::TypingSaver(std::function<void()> save, QObject* parent)
    : QObject(parent), m_save(std::move(save))
{
    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    m_longest = new QTimer(this);
    m_longest->setSingleShot(true);
    m_longest->setInterval(kLongestMs);
    connect(m_pause, &QTimer::timeout, this, &TypingSaver::flush);
    connect(m_longest, &QTimer::timeout, this, &TypingSaver::flush);
}

void TypingSaver::typed()
{
    m_pause->start();
    if (!m_longest->isActive()) {
        m_longest->start();
    }
}

bool TypingSaver::isDue() const
{
    return m_pause->isActive() || m_longest->isActive();
}

void TypingSaver::flush()
{
    if (!isDue()) {
        return;
    }
    cancel();
    m_save();
}

void TypingSaver::cancel()
{
    m_pause->stop();
    m_longest->stop();
}

} // namespace copil::gui
