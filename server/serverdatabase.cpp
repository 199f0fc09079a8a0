#include "serverdatabase.h"

#include "serverschema.h"

#include <QFileInfo>

namespace ow {

Result<std::shared_ptr<Database>> ServerDatabase::open(const DatabaseUrl &url, Mode mode)
{
    if (url.kind == DatabaseUrl::Kind::PostgreSql) {
        // The database itself is created by the operator (docs/deployment.md); init creates
        // the tables, every other command finds them made (an uninitialised one is refused by
        // the command).
        Q_UNUSED(mode);
        return Database::openPostgres(url.url, serverSchema());
    }
    if (mode == Mode::MustExist && !QFileInfo::exists(url.path)) {
        return Error{QStringLiteral("db.missing"),
                     tr("The database %1 does not exist. Create it with 'onewindow-server init "
                        "--db %2'.")
                             .arg(url.path, url.toString()),
                     {}};
    }
    return Database::open(url.path, serverSchema());
}

} // namespace ow
