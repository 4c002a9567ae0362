import { cost } from "./dashboards/cost";
import { overview } from "./dashboards/overview";
import { prompts } from "./dashboards/prompts";
import { quality } from "./dashboards/quality";
import { rag } from "./dashboards/rag";
import type { DashboardSpec } from "./spec";

/** Every generated dashboard, in folder order. */
export const DASHBOARDS: readonly DashboardSpec[] = [overview, cost, quality, rag, prompts];
