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
            if (!m_stop && database.value()->checkpoint())
                ++m_checkpoints;
        }
    });
}

BackgroundCheckpoint::~BackgroundCheckpoint()
{
    m_stop = true;
    m_thread.join();
}

} // namespace ow::bench
