#include "statisticsloader.h"

#include "store/database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>
#include <QUuid>

namespace ow {

StatisticsLoader::StatisticsLoader(std::shared_ptr<Database> database, WorkCalendar calendar,
                                   QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_calendar(std::move(calendar))
{ }

StatisticsLoader::~StatisticsLoader()
{
    waitForIdle();
}

void StatisticsLoader::waitForIdle()
{
    for (QThread *thread : std::as_const(m_threads))
        thread->wait();
    QCoreApplication::sendPostedEvents(this);
}

void StatisticsLoader::load(const StatisticsPeriod &period, const StatisticsFilter &filter,
                            QDate today)
{
    const quint64 generation = ++m_generation;
    emit started();
    const QString path = m_database->filePath();
    if (path.isEmpty() || path == QLatin1String(":memory:")) {
        const StatisticsQuery query(m_database->connection(), m_calendar);
        deliver(generation, query.dashboard(period, filter, today));
        return;
    }
    ++m_running;
    const WorkCalendar calendar = m_calendar;
    QThread *thread = QThread::create([this, path, calendar, period, filter, today, generation] {
        const QString name = QStringLiteral("statistics-") + QUuid::createUuid().toString();
        Result<DashboardFigures> result = Error{QStringLiteral("statistics.open"), {}, {}};
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            // Writable: the query first rebuilds the roll-up's dirty days (StatisticsRollup).
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open()) {
                const StatisticsQuery query(db, calendar);
                result = query.dashboard(period, filter, today);
            } else {
                result = sqlError(tr("Cannot open the store for statistics."),
                                  db.lastError().text());
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        QMetaObject::invokeMethod(
                this, [this, generation, result] { deliver(generation, result); },
                Qt::QueuedConnection);
    });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
        --m_running;
    });
    thread->start(QThread::LowPriority);
}

void StatisticsLoader::deliver(quint64 generation, const Result<DashboardFigures> &result)
{
    if (generation != m_generation)
        return; // a newer request is on its way
    if (result)
        emit loaded(result.value());
    else
        emit failed(result.error().message);
}

} // namespace ow
