// The action's post step: cancels a pipeline the main step was stopped while watching.
'use strict'
// STATE_pipelines: with targets, the JSON list of pipelines watched ("[]" once all ended).
const watching = process.env['STATE_pipeline-id'] || /\d/.test(process.env.STATE_pipelines || '')
if (watching && !process.env.STATE_finished) {
  process.env.GITLAB_PIPELINE_TRIGGER_POST_STEP = 'true'
  require('./index.js')
}
