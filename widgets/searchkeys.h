#pragma once

class QKeyEvent;
class QWidget;

namespace ow {

// Search boxes keep the focus while Up/Down/PageUp/PageDown move through their results:
// sends such a key on to the results view and returns true; any other key returns false.
bool forwardResultNavigation(QKeyEvent *key, QWidget *results);

} // namespace ow
