#include "serverdatabase.h"

#include "serverschema.h"

#include <QFileInfo>

namespace ow {

Result<std::shared_ptr<Database>> ServerDatabase::open(const DatabaseUrl &url, Mode mode)
{
    if (url.kind == DatabaseUrl::Kind::PostgreSql) {
        return Error{QStringLiteral("db.unsupported"),
                     tr("PostgreSQL databases are not supported yet; use sqlite:PATH."),
                     {}};
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
