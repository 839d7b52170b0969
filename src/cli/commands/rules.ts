/** `replylint rules` and `replylint explain <id>`. */
import type { Command } from 'commander';
import { createEngine } from '../../pipeline/engine.js';
import { collect, EXIT, type Io, type SetExit } from '../io.js';
import { explainRule, listRules } from '../rule-text.js';

export function registerRules(program: Command, io: Io, setExit: SetExit): void {
  program
    .command('rules')
    .description('list the rules: id, default severity, weight, description')
    .option('-c, --config <file>', 'include plugins from this config')
    .option('--plugin <module>', 'include rules from a plugin (repeatable)', collect, [])
    .action(async (options: { config?: string; plugin: string[] }) => {
      const engine = await createEngine(io.cwd, { ...(options.config ? { configFile: options.config } : {}), plugins: options.plugin }, io.cwd);
      io.stdout(listRules([...engine.registry.values()], engine.settings.rules));
      setExit(EXIT.ok);
    });

  program
    .command('explain')
    .description("print a rule's documentation and examples")
    .argument('<rule>', 'rule id')
    .option('--plugin <module>', 'include rules from a plugin (repeatable)', collect, [])
    .action(async (id: string, options: { plugin: string[] }) => {
      const engine = await createEngine(io.cwd, { plugins: options.plugin }, io.cwd);
      io.stdout(explainRule(id, engine.registry));
      setExit(EXIT.ok);
    });
}
