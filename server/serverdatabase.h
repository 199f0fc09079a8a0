#pragma once

#include "databaseurl.h"
#include "store/database.h"

namespace ow {

// Opens the server's database named by a DatabaseUrl, with the server schema.
class ServerDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(ServerDatabase)
public:
    enum class Mode {
        CreateIfMissing, // init
        MustExist,       // everything else: a typo in --db must not create an empty database
    };
    static Result<std::shared_ptr<Database>> open(const DatabaseUrl &url, Mode mode);
};

} // namespace ow
