/** Types of codegen.mjs, for the staleness test. */
export declare const SCHEMA: string;
export declare const DOCUMENTS: string[];
export declare const OUTPUT_DIR: string;
export declare const CONFIG: Record<string, unknown>;
export declare function generateClient(): Promise<{ filename: string; content: string }[]>;
