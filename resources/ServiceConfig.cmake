# The service's identifiers (YConnect application, support contact, the
# addresses sellers register at au PAY) come from one JSON file named at
# configure time and are embedded into the program:
#   cmake --preset release -DCROSSMA_SERVICE_CONFIG=/secure/place/service.json
# Without it the development default (resources/service.json) is used: it
# names the sandbox's YConnect application, so logins work against the
# built-in sandbox only. The release preset sets CROSSMA_REQUIRE_SERVICE_CONFIG
# and refuses to configure without a real file.
set(CROSSMA_SERVICE_CONFIG "" CACHE FILEPATH "The vendor's service JSON (see resources/service.json)")
option(CROSSMA_REQUIRE_SERVICE_CONFIG "Refuse to configure without a vendor service JSON" OFF)

set(_default ${CMAKE_CURRENT_LIST_DIR}/service.json)
if(CROSSMA_SERVICE_CONFIG)
  get_filename_component(_config "${CROSSMA_SERVICE_CONFIG}" ABSOLUTE)
  if(NOT EXISTS "${_config}")
    message(FATAL_ERROR "CROSSMA_SERVICE_CONFIG names ${_config}, which does not exist.")
  endif()
elseif(CROSSMA_REQUIRE_SERVICE_CONFIG)
  message(FATAL_ERROR
    "A release build needs the vendor's service settings: configure with "
    "-DCROSSMA_SERVICE_CONFIG=/path/to/service.json (or the environment variable "
    "CROSSMA_SERVICE_CONFIG with the release preset). The file has the form of "
    "resources/service.json, with the real YConnect client id and secret, the "
    "support contact and the au PAY source addresses.")
else()
  set(_config ${_default})
endif()

file(READ "${_config}" _json)
string(JSON _type ERROR_VARIABLE _error TYPE "${_json}")
if(_error OR NOT _type STREQUAL "OBJECT")
  message(FATAL_ERROR "${_config} is not a JSON object: ${_error}")
endif()

# A vendor file must carry real values: no "<…>" placeholder, no sandbox
# application, the support contact and at least one au PAY address.
if(CROSSMA_REQUIRE_SERVICE_CONFIG)
  foreach(_key clientId clientSecret redirectUri)
    string(JSON _value ERROR_VARIABLE _error GET "${_json}" yahoo ${_key})
    if(_error OR _value STREQUAL "" OR _value MATCHES "^<" OR _value MATCHES "^sandbox-")
      message(FATAL_ERROR "${_config}: yahoo.${_key} is missing or not a real value.")
    endif()
  endforeach()
  string(JSON _value ERROR_VARIABLE _error GET "${_json}" support contact)
  if(_error OR _value STREQUAL "" OR _value MATCHES "^<")
    message(FATAL_ERROR "${_config}: support.contact is missing.")
  endif()
  string(JSON _count ERROR_VARIABLE _error LENGTH "${_json}" aupay sourceAddresses)
  if(_error OR _count EQUAL 0)
    message(FATAL_ERROR "${_config}: aupay.sourceAddresses is missing or empty.")
  endif()
endif()

# Reconfigure when the file changes; embed it as a raw string literal.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_config}")
if(_json MATCHES "\\)crossma_json\"")
  message(FATAL_ERROR "${_config} contains the text )crossma_json\", which cannot be embedded.")
endif()
set(CROSSMA_SERVICE_JSON "${_json}")
set(CROSSMA_SERVICE_CONFIG_USED "${_config}")
configure_file(${CMAKE_CURRENT_LIST_DIR}/servicejson.cpp.in
               ${PROJECT_BINARY_DIR}/resources/generated/servicejson.cpp @ONLY)
message(STATUS "Service settings: ${_config}")
