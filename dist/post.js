// The action's post step: cancels a pipeline the main step was stopped while watching.
'use strict'
if (process.env['STATE_pipeline-id'] && !process.env.STATE_finished) {
  process.env.GITLAB_PIPELINE_TRIGGER_POST_STEP = 'true'
  require('./index.js')
}
