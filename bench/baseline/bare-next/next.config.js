// Same Next as the site; nothing configured, so it measures the framework alone.
module.exports = { poweredByHeader: false }
