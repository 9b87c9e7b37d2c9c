import path from "node:path";
import type { Role } from "../../../lib/domain/types";

export const STORAGE_DIR = path.join("playwright", ".auth");
export const storageStateFor = (role: Role) => path.join(STORAGE_DIR, `${role}.json`);
