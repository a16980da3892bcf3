/**
 * The annotation plugin's option types, read through its augmentation of Chart.js (its own
 * named type exports do not resolve under NodeNext module resolution).
 */
import type { ChartOptions } from "chart.js"
import "chartjs-plugin-annotation"

type AnnotationPluginOptions = NonNullable<
  NonNullable<ChartOptions<"line">["plugins"]>["annotation"]
>

/** One annotation (line, label, box...). */
export type AnnotationOptions = NonNullable<
  Extract<AnnotationPluginOptions["annotations"], Record<string, unknown>>
>[string]
