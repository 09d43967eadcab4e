/** The benchmarks' cross-validation is the one the staff regression check uses. */
export { crossValidate, stratifiedFolds } from '../src/nlu/folds.js';
