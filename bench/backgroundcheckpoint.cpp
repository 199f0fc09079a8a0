#include "backgroundcheckpoint.h"

#include "store/database.h"

#include <chrono>

namespace ow::bench {

BackgroundCheckpoint::BackgroundCheckpoint(const QString &databasePath, int intervalMs)
{
    m_thread = std::thread([this, databasePath, intervalMs] {
        auto database = Database::open(databasePath);
        if (!database)
            return;
        while (!m_stop) {
            for (int waited = 0; waited < intervalMs && !m_stop; waited += 50)
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            const std::lock_guard<std::mutex> lock(m_mutex);
            if (!m_stop && !m_paused && database.value()->checkpoint())
                ++m_checkpoints;
        }
    });
}

void BackgroundCheckpoint::pause()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_paused = true;
}

void BackgroundCheckpoint::resume()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_paused = false;
}

BackgroundCheckpoint::~BackgroundCheckpoint()
{
    m_stop = true;
    m_thread.join();
}

} // namespace ow::bench
