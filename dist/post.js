// The action's post step: the main bundle, run as the post step.
process.env.GITLAB_PIPELINE_TRIGGER_POST_STEP = 'true'
await import('./index.js')
