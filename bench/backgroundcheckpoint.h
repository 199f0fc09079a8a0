// What the application's sync worker does for the counter's connection (SyncClient::refresh):
// checkpoints the store's write-ahead log every few seconds from a connection of its own, on
// its own thread, so that the measured commits run as they do in the application.

#pragma once

#include <QString>

#include <atomic>
#include <mutex>
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
    // Holds the checkpoints back (waiting for one under way to finish) until resume(): a
    // diagnostic that reads the write-ahead log's frames needs them to stay where they are.
    void pause();
    void resume();

private:
    std::mutex m_mutex; // held while a checkpoint runs
    bool m_paused = false;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_checkpoints{0};
    std::thread m_thread;
};

} // namespace ow::bench
