// What the application's sync worker does for the counter's connection (SyncClient::refresh):
// checkpoints the store's write-ahead log every few seconds from a connection of its own, on
// its own thread, so that the measured commits run as they do in the application.

#pragma once

#include <QString>

#include <atomic>
#include <thread>

namespace ow::bench {

class BackgroundCheckpoint
{
public:
    explicit BackgroundCheckpoint(const QString &databasePath, int intervalMs = 3000);
    ~BackgroundCheckpoint();
    BackgroundCheckpoint(const BackgroundCheckpoint &) = delete;
    BackgroundCheckpoint &operator=(const BackgroundCheckpoint &) = delete;

    int checkpoints() const { return m_checkpoints; }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_checkpoints{0};
    std::thread m_thread;
};

} // namespace ow::bench
