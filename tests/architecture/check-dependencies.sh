#!/usr/bin/env bash
# Checks the dependency rules of docs/ARCHITECTURE.md ("Targets"):
#   check-dependencies.sh LINK_CLOSURES_FILE SOURCE_ROOT QTWIDGETS_INCLUDE_DIR
# Each broken rule is printed; the last line says whether all hold.
set -uo pipefail
closures=$1
root=$2
widgets_dir=$3
broken=0

closure_of() { grep -E "^$1: " "$closures" | sed -E "s/^[^:]+: //" | tr ';' '\n'; }

must_not_link() { # TARGET LIBRARY WHY
    if closure_of "$1" | grep -qxF "$2"; then
        echo "BROKEN: $1 links $2 ($3)"
        broken=1
    fi
}
must_link() { # TARGET LIBRARY: proves the closure is read at all
    if ! closure_of "$1" | grep -qxF "$2"; then
        echo "BROKEN: $1 does not link $2: the link closures were not read right"
        broken=1
    fi
}

must_link inventoryclient inventorycore
must_link inventoryserver inventoryengine
must_not_link inventoryclient inventoryengine "a till never links the group-commit engine"
must_not_link inventoryui inventoryengine "a till never links the group-commit engine"
must_not_link inventory-pos inventoryengine "a till never links the group-commit engine"
must_not_link inventory-term inventoryengine "a till never links the group-commit engine"
must_not_link inventoryengine Qt6::WebSockets "the server never links the WebSocket client"
must_not_link inventoryengine inventoryclient "the engine knows nothing of tills"
must_not_link inventorycore Qt6::WebSockets "the shared core has no network client"
must_not_link inventorycore Qt6::Widgets "core has no widgets"
must_not_link inventoryengine Qt6::Widgets "core has no widgets"
must_not_link inventoryclient Qt6::Widgets "core has no widgets"
must_not_link inventoryserver Qt6::Widgets "the server has no widgets"

# Includes: core never includes a widget, a server, a UI or a program header.
widget_headers=$(ls "$widgets_dir" | grep -E '^Q[A-Za-z]+$' | paste -sd'|')
if [[ -z "$widget_headers" ]]; then
    echo "BROKEN: no QtWidgets headers found in '$widgets_dir'"
    broken=1
fi
check_includes() { # FOLDER REGEX WHY
    local hits
    hits=$(grep -rnE --include='*.h' --include='*.cpp' "$2" "$root/$1" || true)
    if [[ -n "$hits" ]]; then
        echo "BROKEN: $3:"
        echo "$hits" | sed "s|$root/||"
        broken=1
    fi
}
check_includes core "#include <(QtWidgets/)?($widget_headers)>" "core includes a widget header"
check_includes core '#include "(server-stub|ui|app)/' "core includes a server, UI or program header"
check_includes core/domain '#include "core/(protocol|storage|engine|client)/' \
    "the domain depends on nothing but Qt Core"
check_includes core/domain '#include <Q(Sql|Network|WebSocket|Tcp|Ssl)' \
    "the domain depends on nothing but Qt Core"
check_includes core/protocol '#include "core/(storage|engine|client)/' "protocol is below storage"
check_includes core/storage '#include "core/(engine|client)/' "storage is below engine and client"
check_includes core/client '#include "core/engine/' "a till never includes the engine"
check_includes core/engine '#include "core/client/' "the engine knows nothing of tills"
check_includes ui '#include "(core/engine|server-stub)/' "the UI goes through core/client only"
check_includes ui '#include <QSql' "the UI never touches SQL"
check_includes core '#include "[^/"]+"' "includes name their part from the repository root"
check_includes server-stub '#include "[^/"]+"' "includes name their part from the repository root"

if ((broken)); then
    echo "dependency rules: some are broken"
    exit 1
fi
echo "dependency rules: all hold"
